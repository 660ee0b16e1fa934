package ca.quebec.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The terms that searches ask about, looked up once per snapshot.
 *
 * <p>A query word becomes a dozen terms (four fields, two stems, its near spellings), and
 * most of them are in no record's field. Each one cost a seek in every segment's term
 * dictionary twice per search: once for the plan, once again when Lucene built the query's
 * weight. Here the look-up is done once per snapshot and term, and kept: the plan leaves out
 * the terms no record holds, and the others reach Lucene with their statistics, which
 * {@link TermQuery} then uses as they are. Scores do not change: a term that matches nothing
 * added nothing to them.
 *
 * <p>Bounded by {@value #LIMIT} terms; past that the snapshot's table starts again empty,
 * so that text never seen before (or sent to fill the table) costs a look-up, not memory.
 */
final class TermLookups {

    static final int LIMIT = 20_000;

    /** The snapshot's reader, its version read while it was open, and its table. */
    private record Held(IndexReader reader, long version, Map<Term, TermStates> states) {
    }

    private final AtomicReference<Held> current = new AtomicReference<>(new Held(null, -1, Map.of()));

    /** The look-ups of the searcher's snapshot. */
    Lookup of(IndexSearcher searcher) {
        IndexReader reader = searcher.getIndexReader();
        while (true) {
            Held held = current.get();
            if (held.reader() == reader) {
                return new Lookup(searcher, held.states());
            }
            Held fresh = new Held(reader, version(reader), new ConcurrentHashMap<>());
            if (fresh.version() < held.version()) {
                // A search still running on an older snapshot looks its terms up for itself.
                return new Lookup(searcher, fresh.states());
            }
            if (current.compareAndSet(held, fresh)) {
                return new Lookup(searcher, fresh.states());
            }
        }
    }

    private static long version(IndexReader reader) {
        return reader instanceof DirectoryReader directory ? directory.getVersion() : -1;
    }

    /** Look-ups on one snapshot. */
    static final class Lookup {
        private final IndexSearcher searcher;
        private final Map<Term, TermStates> states;

        private Lookup(IndexSearcher searcher, Map<Term, TermStates> states) {
            this.searcher = searcher;
            this.states = states;
        }

        IndexReader reader() {
            return searcher.getIndexReader();
        }

        /** Terms kept in the table (for tests of its bound). */
        int size() {
            return states.size();
        }

        /** The number of records whose field holds the term. */
        int docFreq(Term term) {
            return states(term).docFreq();
        }

        /** A query for the term with its statistics, or null when no record holds it. */
        TermQuery query(Term term) {
            TermStates found = states(term);
            return found.docFreq() > 0 ? new TermQuery(term, found) : null;
        }

        private TermStates states(Term term) {
            TermStates found = states.get(term);
            if (found == null) {
                try {
                    // With statistics, every segment is read now: the states are complete and only read afterwards.
                    found = TermStates.build(searcher, term, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (states.size() >= LIMIT) {
                    states.clear();
                }
                states.put(term, found);
            }
            return found;
        }
    }
}
