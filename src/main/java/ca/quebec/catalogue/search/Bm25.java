package ca.quebec.catalogue.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 with Lucene's defaults (k1 1.2, b 0.75), scoring exactly as {@link BM25Similarity}
 * does, without its per-term work: Lucene fills a table of 256 length factors for every
 * term of every query, and a search here has a few dozen terms. The table depends only on
 * the field's average length, so it is kept per average (a handful per snapshot: one per
 * field). Norms are Lucene's own. {@code Bm25Test} compares the scores bit for bit.
 */
final class Bm25 extends Similarity {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final int TABLES_LIMIT = 256;
    /** The field length each of the 256 encoded norms stands for. */
    private static final float[] LENGTHS = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTHS[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    private final BM25Similarity norms = new BM25Similarity(K1, B);
    private final Map<Float, float[]> tables = new ConcurrentHashMap<>();

    @Override
    public long computeNorm(FieldInvertState state) {
        return norms.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        double idf = 0;
        for (TermStatistics term : terms) {
            // Each term's idf rounded to a float, then summed: Lucene's order, so the same bits.
            idf += idf(term.docFreq(), collection.docCount());
        }
        float weight = boost * (float) idf;
        float[] inverse = table((float) (collection.sumTotalTermFreq() / (double) collection.docCount()));
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                float normInverse = inverse[((byte) norm) & 0xFF];
                return weight - weight / (1f + freq * normInverse);
            }
        };
    }

    private static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    /** 1 / (k1 × ((1 − b) + b × length / average)) for each encoded length. */
    private float[] table(float averageLength) {
        float[] table = tables.get(averageLength);
        if (table == null) {
            table = new float[256];
            for (int i = 0; i < 256; i++) {
                table[i] = 1f / (K1 * ((1 - B) + B * LENGTHS[i] / averageLength));
            }
            if (tables.size() >= TABLES_LIMIT) {
                tables.clear();
            }
            tables.put(averageLength, table);
        }
        return table;
    }

    @Override
    public String toString() {
        return "BM25(k1=" + K1 + ",b=" + B + ")";
    }
}
