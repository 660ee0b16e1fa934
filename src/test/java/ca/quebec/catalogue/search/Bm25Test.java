package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Our BM25 scores as Lucene's, to the bit, for one term and for a phrase's several. */
class Bm25Test {

    @Test
    void scoresAreLucenesToTheBit() {
        BM25Similarity lucene = new BM25Similarity();
        Bm25 ours = new Bm25();
        Random random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            long docCount = 1 + random.nextInt(200_000);
            long sumTotalTermFreq = docCount + random.nextInt(5_000_000);
            CollectionStatistics collection = new CollectionStatistics("body", docCount + random.nextInt(10), docCount,
                    sumTotalTermFreq, sumTotalTermFreq);
            TermStatistics[] terms = new TermStatistics[1 + random.nextInt(3)];
            for (int t = 0; t < terms.length; t++) {
                long docFreq = 1 + random.nextInt((int) docCount);
                terms[t] = new TermStatistics(new BytesRef("mot" + t), docFreq, docFreq + random.nextInt(1_000));
            }
            float boost = trial % 3 == 0 ? 1f : random.nextFloat() * 30;
            SimScorer expected = lucene.scorer(boost, collection, terms);
            SimScorer actual = ours.scorer(boost, collection, terms);
            for (int norm = 0; norm < 256; norm++) {
                float freq = 1 + random.nextInt(40);
                assertEquals(Float.floatToIntBits(expected.score(freq, norm)), Float.floatToIntBits(actual.score(freq, norm)),
                        () -> "trial with boost " + boost);
            }
        }
    }
}
