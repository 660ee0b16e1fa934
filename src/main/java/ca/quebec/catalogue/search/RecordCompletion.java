package ca.quebec.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * Completion of records' names for callers who may find published records only (anonymous
 * callers: the portal and public search boxes), read once per index snapshot from the index
 * itself: the name and alias keys, the words of names and aliases as the suggestion field
 * holds them, and each record's usage, name order and key.
 *
 * <p>A suggestion was three prefix queries (automata built per request), a filter and a
 * sort: about 90 µs, most of what is left of a suggestion once bodies and categories were
 * precomputed. Here the typed text is a binary search in sorted term arrays and a sort of
 * the few records found. The answer is the query's, by construction: a name or alias key
 * that starts with the text scores 2, names holding every typed word (the last one as a
 * prefix while it is typed) 1, ordered by score, usage, name and key
 * ({@code RecordCompletionTest} compares both on every prefix of the seed's names).
 */
final class RecordCompletion {

    private record Snapshot(long version, Table table) {
    }

    /**
     * Above this many documents the table is not read: at 100,000 records reading it took 0.9 s
     * per snapshot (every write opens one), and the query answers in tens of microseconds there.
     */
    static final int MAX_DOCUMENTS = 20_000;

    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(-1, null));

    /**
     * The documents to suggest, best first, at most {@code limit}.
     *
     * @param published  the filter of what an anonymous caller may find
     * @param key        the typed text as a name key ({@code RecordNames.normalize})
     * @param words      the typed words as the suggestion field holds them
     * @param typingLast whether the last word is still being typed (a prefix)
     */
    int[] complete(IndexSearcher searcher, Query published, String key, List<String> words, boolean typingLast, int limit)
            throws IOException {
        return table(searcher, published).complete(key, words, typingLast, limit);
    }

    private Table table(IndexSearcher searcher, Query published) throws IOException {
        long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        Snapshot seen = current.get();
        if (seen.version() == version) {
            return seen.table();
        }
        // One build per snapshot, however many suggestions arrive at once.
        synchronized (this) {
            seen = current.get();
            if (seen.version() == version) {
                return seen.table();
            }
            Table table = Table.read(searcher, published);
            if (version > seen.version()) {
                current.set(new Snapshot(version, table));
            }
            return table;
        }
    }

    /** Sorted terms of one field, each with the documents that hold it. */
    private static final class Keys {
        private final BytesRef[] terms;
        private final int[][] docs;

        private Keys(BytesRef[] terms, int[][] docs) {
            this.terms = terms;
            this.docs = docs;
        }

        static Keys read(IndexReader reader, String field) throws IOException {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return new Keys(new BytesRef[0], new int[0][]);
            }
            List<BytesRef> found = new ArrayList<>();
            List<int[]> holders = new ArrayList<>();
            TermsEnum each = terms.iterator();
            PostingsEnum postings = null;
            int[] buffer = new int[16];
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                postings = each.postings(postings, PostingsEnum.NONE);
                int n = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (n == buffer.length) {
                        buffer = Arrays.copyOf(buffer, n * 2);
                    }
                    buffer[n++] = doc;
                }
                found.add(BytesRef.deepCopyOf(term));
                holders.add(Arrays.copyOf(buffer, n));
            }
            return new Keys(found.toArray(BytesRef[]::new), holders.toArray(int[][]::new));
        }

        /** Marks the documents of every term that starts with {@code prefix}: they follow one another. */
        void prefix(BytesRef prefix, FixedBitSet into) {
            for (int i = lowerBound(prefix); i < terms.length && StringHelper.startsWith(terms[i], prefix); i++) {
                for (int doc : docs[i]) {
                    into.set(doc);
                }
            }
        }

        void exact(BytesRef term, FixedBitSet into) {
            int i = lowerBound(term);
            if (i < terms.length && terms[i].bytesEquals(term)) {
                for (int doc : docs[i]) {
                    into.set(doc);
                }
            }
        }

        private int lowerBound(BytesRef key) {
            int low = 0;
            int high = terms.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (terms[mid].compareTo(key) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    private static final class Table {
        private final int maxDoc;
        private final Keys names;
        private final Keys aliases;
        private final Keys words;
        private final FixedBitSet visible;
        private final long[] usage;
        private final BytesRef[] nameSort;
        private final BytesRef[] key;

        private Table(int maxDoc, Keys names, Keys aliases, Keys words, FixedBitSet visible, long[] usage, BytesRef[] nameSort,
                BytesRef[] key) {
            this.maxDoc = maxDoc;
            this.names = names;
            this.aliases = aliases;
            this.words = words;
            this.visible = visible;
            this.usage = usage;
            this.nameSort = nameSort;
            this.key = key;
        }

        static Table read(IndexSearcher searcher, Query published) throws IOException {
            IndexReader reader = searcher.getIndexReader();
            int maxDoc = reader.maxDoc();
            // Live documents an anonymous caller may find: deleted ones never reach the collector.
            FixedBitSet visible = new FixedBitSet(Math.max(1, maxDoc));
            searcher.search(published, new SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                    visible.set(base + doc);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            long[] usage = new long[maxDoc];
            BytesRef[] nameSort = new BytesRef[maxDoc];
            BytesRef[] key = new BytesRef[maxDoc];
            NumericDocValues usages = MultiDocValues.getNumericValues(reader, Fields.USAGE);
            SortedDocValues sorts = MultiDocValues.getSortedValues(reader, Fields.NAME_SORT);
            SortedDocValues keys = MultiDocValues.getSortedValues(reader, Fields.KEY);
            for (int doc = visible.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < visible.length() ? visible.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                usage[doc] = usages != null && usages.advanceExact(doc) ? usages.longValue() : 0;
                nameSort[doc] = sorts != null && sorts.advanceExact(doc) ? BytesRef.deepCopyOf(sorts.lookupOrd(sorts.ordValue())) : null;
                key[doc] = keys != null && keys.advanceExact(doc) ? BytesRef.deepCopyOf(keys.lookupOrd(keys.ordValue())) : null;
            }
            return new Table(maxDoc, Keys.read(reader, Fields.NAME_KEY), Keys.read(reader, Fields.ALIAS_KEY),
                    Keys.read(reader, Fields.SUGGEST), visible, usage, nameSort, key);
        }

        int[] complete(String typed, List<String> typedWords, boolean typingLast, int limit) {
            if (maxDoc == 0) {
                return new int[0];
            }
            FixedBitSet starts = new FixedBitSet(maxDoc);
            BytesRef prefix = new BytesRef(typed);
            names.prefix(prefix, starts);
            aliases.prefix(prefix, starts);
            FixedBitSet holds = null;
            for (int i = 0; i < typedWords.size(); i++) {
                FixedBitSet these = new FixedBitSet(maxDoc);
                BytesRef word = new BytesRef(typedWords.get(i));
                if (i == typedWords.size() - 1 && typingLast) {
                    words.prefix(word, these);
                } else {
                    words.exact(word, these);
                }
                if (holds == null) {
                    holds = these;
                } else {
                    holds.and(these);
                }
            }
            FixedBitSet found = starts.clone();
            if (holds != null) {
                found.or(holds);
            }
            found.and(visible);
            // The best `limit` in the query's order, kept in a small heap whose head is the worst kept:
            // a one-letter prefix finds thousands of records at 10,000.
            Comparator<Integer> order = (x, y) -> {
                // Score: a name or alias that starts with the text first; then usage, name and key.
                int byScore = Boolean.compare(starts.get(y), starts.get(x));
                if (byScore != 0) {
                    return byScore;
                }
                int byUsage = Long.compare(usage[y], usage[x]);
                if (byUsage != 0) {
                    return byUsage;
                }
                int byName = compare(nameSort[x], nameSort[y]);
                return byName != 0 ? byName : compare(key[x], key[y]);
            };
            PriorityQueue<Integer> best = new PriorityQueue<>(limit + 1, order.reversed());
            for (int doc = found.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < found.length() ? found.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                best.add(doc);
                if (best.size() > limit) {
                    best.poll();
                }
            }
            int[] out = new int[best.size()];
            for (int i = out.length - 1; i >= 0; i--) {
                out[i] = best.poll();
            }
            return out;
        }

        /** Lucene's string sort puts a missing value first. */
        private static int compare(BytesRef a, BytesRef b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            return a.compareTo(b);
        }
    }
}
