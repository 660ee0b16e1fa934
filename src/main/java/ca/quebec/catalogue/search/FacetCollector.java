package ca.quebec.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over the records that match the text and the non-facet filters: it counts
 * every facet drill-sideways and hands the records that pass every facet filter to the
 * hit collector, so hits, total and facets come from the same snapshot and agree.
 *
 * <p>A record that fails no facet filter counts in every facet and in the total; one that
 * fails exactly one facet's filter counts only in that facet (it is what selecting
 * another value there would add); one that fails two counts nowhere. Lucene's
 * {@code DrillSideways} does the same, but needs a reader state rebuilt after every
 * refresh and a query shape of its own; with five small vocabularies, per-segment
 * ordinals counted in arrays are simpler and fast enough (100,000 records in a few ms).
 */
final class FacetCollector implements Collector {

    static final String[] DIMENSIONS = { Fields.KIND, Fields.CATEGORY, Fields.LICENCE, Fields.ORGANIZATION,
            Fields.DEVELOPMENT_STATUS };

    private final String[] filters;
    private final int[] filtered;
    private final int[] unfiltered;
    private final TopFieldCollector hits;
    private final List<LeafCounts> leaves = new ArrayList<>();
    private long total;

    /** The counts of one segment, by segment ordinal; turned into values once the search is over. */
    private record LeafCounts(LeafReader reader, int[][] counts) {
    }

    /** @param filters per dimension of {@link #DIMENSIONS}, the selected value or null */
    FacetCollector(String[] filters, TopFieldCollector hits) {
        this.filters = filters.clone();
        this.hits = hits;
        this.filtered = indexes(filters, true);
        this.unfiltered = indexes(filters, false);
    }

    private static int[] indexes(String[] filters, boolean selected) {
        return java.util.stream.IntStream.range(0, filters.length).filter(i -> (filters[i] != null) == selected).toArray();
    }

    @Override
    public ScoreMode scoreMode() {
        // Never TOP_SCORES: skipping non-competitive records would skip them in the counts too.
        return hits.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafReader reader = context.reader();
        int dimensions = DIMENSIONS.length;
        SortedSetDocValues[] values = new SortedSetDocValues[dimensions];
        long[] selected = new long[dimensions];
        int[][] counts = new int[dimensions][];
        for (int d = 0; d < dimensions; d++) {
            values[d] = DocValues.getSortedSet(reader, DIMENSIONS[d]);
            counts[d] = new int[(int) values[d].getValueCount()];
            selected[d] = filters[d] == null ? -1 : values[d].lookupTerm(new BytesRef(filters[d]));
        }
        leaves.add(new LeafCounts(reader, counts));
        LeafCollector hitCollector = hits.getLeafCollector(context);
        long[][] ords = new long[dimensions][8];
        int[] lengths = new int[dimensions];

        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                hitCollector.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                int failed = -1;
                for (int d : filtered) {
                    read(d, doc);
                    if (!contains(d, selected[d])) {
                        if (failed >= 0) {
                            return;
                        }
                        failed = d;
                    }
                }
                if (failed >= 0) {
                    count(failed);
                    return;
                }
                for (int d : filtered) {
                    count(d);
                }
                for (int d : unfiltered) {
                    read(d, doc);
                    count(d);
                }
                total++;
                hitCollector.collect(doc);
            }

            private void read(int d, int doc) throws IOException {
                SortedSetDocValues dv = values[d];
                if (!dv.advanceExact(doc)) {
                    lengths[d] = 0;
                    return;
                }
                int n = dv.docValueCount();
                if (ords[d].length < n) {
                    ords[d] = new long[Math.max(n, ords[d].length * 2)];
                }
                for (int i = 0; i < n; i++) {
                    ords[d][i] = dv.nextOrd();
                }
                lengths[d] = n;
            }

            private boolean contains(int d, long ord) {
                if (ord < 0) {
                    return false;
                }
                for (int i = 0; i < lengths[d]; i++) {
                    if (ords[d][i] == ord) {
                        return true;
                    }
                }
                return false;
            }

            private void count(int d) {
                int[] dimension = counts[d];
                for (int i = 0; i < lengths[d]; i++) {
                    dimension[(int) ords[d][i]]++;
                }
            }
        };
    }

    long total() {
        return total;
    }

    TopFieldCollector hits() {
        return hits;
    }

    /** Adds this collector's counts, by value, into {@code into}. */
    void addCountsTo(List<Map<String, Long>> into) throws IOException {
        for (LeafCounts leaf : leaves) {
            for (int d = 0; d < DIMENSIONS.length; d++) {
                int[] counts = leaf.counts()[d];
                SortedSetDocValues dictionary = null;
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        if (dictionary == null) {
                            dictionary = DocValues.getSortedSet(leaf.reader(), DIMENSIONS[d]);
                        }
                        into.get(d).merge(dictionary.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                    }
                }
            }
        }
    }

    /** What a search gives: the best records, how many pass everything, and the facet counts. */
    record Outcome(TopFieldDocs hits, long total, SearchFacets facets) {
    }

    /** Creates one collector per slice of segments (one, as the searcher has no executor) and merges them. */
    static final class Manager implements CollectorManager<FacetCollector, Outcome> {
        private final String[] filters;
        private final TopFieldCollectorManager hits;

        Manager(String[] filters, TopFieldCollectorManager hits) {
            this.filters = filters;
            this.hits = hits;
        }

        @Override
        public FacetCollector newCollector() throws IOException {
            return new FacetCollector(filters, hits.newCollector());
        }

        @Override
        public Outcome reduce(Collection<FacetCollector> collectors) throws IOException {
            List<Map<String, Long>> counts = new ArrayList<>();
            for (int d = 0; d < DIMENSIONS.length; d++) {
                counts.add(new HashMap<>());
            }
            long total = 0;
            List<TopFieldCollector> topCollectors = new ArrayList<>();
            for (FacetCollector collector : collectors) {
                collector.addCountsTo(counts);
                total += collector.total();
                topCollectors.add(collector.hits());
            }
            List<List<SearchFacets.Count>> facets = new ArrayList<>();
            for (int d = 0; d < DIMENSIONS.length; d++) {
                facets.add(sorted(counts.get(d), filters[d]));
            }
            return new Outcome(hits.reduce(topCollectors), total,
                    new SearchFacets(facets.get(0), facets.get(1), facets.get(2), facets.get(3), facets.get(4)));
        }

        private static List<SearchFacets.Count> sorted(Map<String, Long> counts, String selected) {
            if (selected != null) {
                counts.putIfAbsent(selected, 0L);
            }
            return counts.entrySet().stream().map(e -> new SearchFacets.Count(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(SearchFacets.Count::count).reversed().thenComparing(SearchFacets.Count::value))
                    .toList();
        }
    }

    static String[] filters(SearchQuery query) {
        String[] filters = { query.kind(), query.category(), query.licence(), query.organization(), query.developmentStatus() };
        return Arrays.copyOf(filters, filters.length);
    }
}
