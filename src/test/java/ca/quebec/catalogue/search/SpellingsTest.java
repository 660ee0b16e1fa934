package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scan of {@link Spellings} answers what Lucene's {@code FuzzyTermsEnum} answered before it
 * (first letter kept, transpositions as one edit): the same words, in the same order, with the
 * same document frequencies, for typos of every kind made on the seed catalogue's words, in an
 * index of several segments.
 */
class SpellingsTest {

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static List<String> vocabulary;

    @BeforeAll
    static void index() throws IOException {
        TreeSet<String> words = new TreeSet<>();
        SeedCatalogue seed = SeedCatalogue.load();
        for (SearchDocument d : seed.software()) {
            for (String text : new String[] { d.name(), d.descriptionFr(), d.descriptionEn(), String.join(" ", d.aliases()) }) {
                if (text != null) {
                    for (String word : fold(text).split("[^\\p{L}\\p{N}]+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
        }
        vocabulary = List.copyOf(words);
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            // Three segments, a word in one or several of them, some in several documents: frequencies add up.
            int n = 0;
            for (String word : vocabulary) {
                for (int copies = 0; copies <= n % 3; copies++) {
                    Document doc = new Document();
                    doc.add(new StringField(Fields.SPELL, word, Field.Store.NO));
                    writer.addDocument(doc);
                }
                if (++n % 1_500 == 0) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        assertTrue(reader.leaves().size() > 1, "several segments");
        assertTrue(vocabulary.size() > 2_000, vocabulary.size() + " words");
    }

    @Test
    void nearWordsAreLucenesForEveryKindOfTypo() throws IOException {
        Spellings spellings = new Spellings();
        Random random = new Random(20261205);
        int compared = 0;
        int found = 0;
        for (String word : vocabulary) {
            if (word.codePointCount(0, word.length()) < 5 || random.nextInt(3) > 0) {
                continue;
            }
            for (String typo : typos(word, random)) {
                for (int maxEdits = 1; maxEdits <= 2; maxEdits++) {
                    List<Spellings.Near> expected = lucene(typo, maxEdits, 65);
                    assertEquals(expected, spellings.near(reader, typo, maxEdits, 65), typo + " within " + maxEdits);
                    compared++;
                    found += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(compared > 3_000, compared + " comparisons");
        assertTrue(found > compared / 2, "most typos have near words: " + found + " of " + compared);
    }

    @Test
    void wordsFarFromEveryOtherHaveNone() throws IOException {
        Spellings spellings = new Spellings();
        assertEquals(List.of(), spellings.near(reader, "zqxwvkjh", 2, 65));
        assertEquals(lucene("xqxqxqxq", 2, 65), spellings.near(reader, "xqxqxqxq", 2, 65));
        assertFalse(spellings.near(reader, vocabulary.get(vocabulary.size() / 2), 1, 65).isEmpty(), "a word is near itself");
    }

    private static List<Spellings.Near> lucene(String word, int maxEdits, int limit) throws IOException {
        List<Spellings.Near> out = new ArrayList<>();
        FuzzyTermsEnum terms = new FuzzyTermsEnum(MultiTerms.getTerms(reader, Fields.SPELL), new Term(Fields.SPELL, word), maxEdits, 1, true);
        for (BytesRef term = terms.next(); term != null && out.size() < limit; term = terms.next()) {
            out.add(new Spellings.Near(term.utf8ToString(), terms.docFreq()));
        }
        return out;
    }

    /** A letter dropped, doubled, replaced, two neighbours swapped, and two of these at once. */
    private static List<String> typos(String word, Random random) {
        int[] p = word.codePoints().toArray();
        int k = 1 + random.nextInt(p.length - 2);
        String dropped = new String(p, 0, k) + new String(p, k + 1, p.length - k - 1);
        String doubled = new String(p, 0, k + 1) + new String(p, k, p.length - k);
        String replaced = new String(p, 0, k) + (char) ('a' + random.nextInt(26)) + new String(p, k + 1, p.length - k - 1);
        String swapped = new String(p, 0, k) + new String(p, k + 1, 1) + new String(p, k, 1) + new String(p, k + 2, p.length - k - 2);
        int[] d = dropped.codePoints().toArray();
        int j = 1 + random.nextInt(d.length - 2);
        String twice = new String(d, 0, j) + (char) ('a' + random.nextInt(26)) + new String(d, j, d.length - j);
        return List.of(dropped, doubled, replaced, swapped, twice, word.substring(0, 1) + "é" + word.substring(1));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
