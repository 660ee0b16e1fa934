package ca.quebec.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the index as typed (the spell field), read once per snapshot, to find the
 * words near a typo.
 *
 * <p>Lucene's {@code FuzzyTermsEnum} builds Levenshtein automata for every word it is asked
 * about: on distinct searches with typos that was an eighth of the service's CPU. The same
 * question is answered here by a scan of the few hundred words that share the typed word's
 * first letter and a length within reach, each checked with a bounded edit distance. The
 * answer is Lucene's: the same distance (transpositions count as one edit), the first letter
 * kept as Lucene's prefix of one, the words in the index's order, with their document
 * frequency ({@code SpellingsTest} compares the two on the seed's vocabulary).
 */
final class Spellings {

    /** A word of the index near the one asked about, with the number of records holding it. */
    record Near(String word, int docFreq) {
    }

    private record Snapshot(long version, Words words) {
    }

    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(-1, null));

    /**
     * Up to {@code limit} words of the reader's spell field, in the index's order, whose first
     * letter is the word's and whose other letters are within {@code maxEdits} edits of its own.
     */
    List<Near> near(IndexReader reader, String word, int maxEdits, int limit) throws IOException {
        return words(reader).near(word.codePoints().toArray(), maxEdits, limit);
    }

    private Words words(IndexReader reader) throws IOException {
        long version = reader instanceof DirectoryReader directory ? directory.getVersion() : -1;
        Snapshot seen = current.get();
        if (seen.version() == version && version >= 0) {
            return seen.words();
        }
        Words words = Words.read(reader);
        // Kept only if no newer snapshot was read meanwhile: searches on an older one read their own.
        while (version > seen.version() && !current.compareAndSet(seen, new Snapshot(version, words))) {
            seen = current.get();
        }
        return words;
    }

    /** The words sorted as the index sorts them (by UTF-8 bytes, so by code point), as code points. */
    private static final class Words {
        private final int[][] points;
        private final String[] text;
        private final int[] docFreq;

        private Words(int[][] points, String[] text, int[] docFreq) {
            this.points = points;
            this.text = text;
            this.docFreq = docFreq;
        }

        static Words read(IndexReader reader) throws IOException {
            Terms terms = MultiTerms.getTerms(reader, Fields.SPELL);
            List<String> text = new ArrayList<>();
            List<Integer> freq = new ArrayList<>();
            if (terms != null) {
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    text.add(term.utf8ToString());
                    freq.add(each.docFreq());
                }
            }
            int[][] points = new int[text.size()][];
            int[] docFreq = new int[text.size()];
            for (int i = 0; i < points.length; i++) {
                points[i] = text.get(i).codePoints().toArray();
                docFreq[i] = freq.get(i);
            }
            return new Words(points, text.toArray(String[]::new), docFreq);
        }

        List<Near> near(int[] word, int maxEdits, int limit) {
            if (word.length == 0) {
                return List.of();
            }
            int first = word[0];
            // The words that start with the same code point follow one another.
            int from = firstWith(first);
            List<Near> out = new ArrayList<>();
            int[] rest = Arrays.copyOfRange(word, 1, word.length);
            for (int i = from; i < points.length && points[i].length > 0 && points[i][0] == first && out.size() < limit; i++) {
                if (Math.abs(points[i].length - word.length) <= maxEdits && within(rest, points[i], maxEdits)) {
                    out.add(new Near(text[i], docFreq[i]));
                }
            }
            return out;
        }

        /** The first word whose first code point is not below {@code first}. */
        private int firstWith(int first) {
            int low = 0;
            int high = points.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (points[mid].length == 0 || points[mid][0] < first) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /**
         * Whether {@code a} and {@code b} without its first code point are at most {@code max}
         * edits apart (insertions, deletions, substitutions, transpositions of neighbours), with
         * the rows of the table abandoned once no cell can come back within reach.
         */
        private static boolean within(int[] a, int[] whole, int max) {
            int n = a.length;
            int m = whole.length - 1;
            int[] previous2 = new int[m + 1];
            int[] previous = new int[m + 1];
            int[] row = new int[m + 1];
            for (int j = 0; j <= m; j++) {
                previous[j] = j;
            }
            int previousMin = 0;
            for (int i = 1; i <= n; i++) {
                row[0] = i;
                int min = i;
                for (int j = 1; j <= m; j++) {
                    int cost = a[i - 1] == whole[j] ? 0 : 1;
                    int d = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == whole[j - 1] && a[i - 2] == whole[j]) {
                        d = Math.min(d, previous2[j - 2] + 1);
                    }
                    row[j] = d;
                    min = Math.min(min, d);
                }
                // A cell of the next row is at least the smallest of this row, or of the one before plus one.
                if (min > max && previousMin >= max) {
                    return false;
                }
                previousMin = min;
                int[] spare = previous2;
                previous2 = previous;
                previous = row;
                row = spare;
            }
            return previous[m] <= max;
        }
    }
}
