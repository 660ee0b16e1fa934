package ca.quebec.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * One pass over the records that match the text and the non-facet filters: it counts
 * every facet drill-sideways and hands the records that pass every facet filter to the
 * hit collector, so hits, total and facets come from the same snapshot and agree.
 *
 * <p>A record that fails no facet filter counts in every facet and in the total; one that
 * fails exactly one facet's filter counts only in that facet (it is what selecting
 * another value there would add); one that fails two counts nowhere. Lucene's
 * {@code DrillSideways} does the same, but needs a query shape and a reader state of its
 * own; with five small vocabularies, counting segment ordinals ({@link FacetOrdinals})
 * in arrays is simpler and faster.
 */
final class FacetCollector implements Collector {

    static final String[] DIMENSIONS = { Fields.KIND, Fields.CATEGORY, Fields.LICENCE, Fields.ORGANIZATION,
            Fields.DEVELOPMENT_STATUS };

    private final FacetOrdinals ordinals;
    private final String[] filters;
    private final int[] filtered;
    private final int[] unfiltered;
    private final TopFieldCollector hits;
    private final List<LeafCounts> leaves = new ArrayList<>();
    private long total;

    /** The counts of one segment, by segment ordinal; turned into values once the search is over. */
    private record LeafCounts(FacetOrdinals.Segment segment, int[][] counts) {
    }

    /** @param filters per dimension of {@link #DIMENSIONS}, the selected value or null */
    FacetCollector(FacetOrdinals ordinals, String[] filters, TopFieldCollector hits) {
        this.ordinals = ordinals;
        this.filters = filters.clone();
        this.hits = hits;
        this.filtered = IntStream.range(0, filters.length).filter(i -> filters[i] != null).toArray();
        this.unfiltered = IntStream.range(0, filters.length).filter(i -> filters[i] == null).toArray();
    }

    @Override
    public ScoreMode scoreMode() {
        // Never TOP_SCORES: skipping non-competitive records would skip them in the counts too.
        return hits.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        FacetOrdinals.Segment segment = ordinals.of(context.reader());
        int dimensions = DIMENSIONS.length;
        int[] selected = new int[dimensions];
        int[][] counts = new int[dimensions][];
        for (int d = 0; d < dimensions; d++) {
            counts[d] = new int[segment.values[d].length];
            selected[d] = filters[d] == null ? -1 : segment.ordinal(d, filters[d]);
        }
        leaves.add(new LeafCounts(segment, counts));
        LeafCollector hitCollector = hits.getLeafCollector(context);
        int[][] starts = segment.starts;
        int[][] ords = segment.ords;

        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                hitCollector.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                int failed = -1;
                for (int d : filtered) {
                    if (!contains(d, doc, selected[d])) {
                        if (failed >= 0) {
                            return;
                        }
                        failed = d;
                    }
                }
                if (failed >= 0) {
                    count(failed, doc);
                    return;
                }
                for (int d = 0; d < dimensions; d++) {
                    count(d, doc);
                }
                total++;
                hitCollector.collect(doc);
            }

            private boolean contains(int d, int doc, int ord) {
                if (ord < 0) {
                    return false;
                }
                int[] values = ords[d];
                for (int i = starts[d][doc], end = starts[d][doc + 1]; i < end; i++) {
                    if (values[i] == ord) {
                        return true;
                    }
                }
                return false;
            }

            private void count(int d, int doc) {
                int[] dimension = counts[d];
                int[] values = ords[d];
                for (int i = starts[d][doc], end = starts[d][doc + 1]; i < end; i++) {
                    dimension[values[i]]++;
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
    void addCountsTo(List<Map<String, Long>> into) {
        for (LeafCounts leaf : leaves) {
            for (int d = 0; d < DIMENSIONS.length; d++) {
                int[] counts = leaf.counts()[d];
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        into.get(d).merge(leaf.segment().values[d][ord], (long) counts[ord], Long::sum);
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
        private final FacetOrdinals ordinals;
        private final String[] filters;
        private final TopFieldCollectorManager hits;

        Manager(FacetOrdinals ordinals, String[] filters, TopFieldCollectorManager hits) {
            this.ordinals = ordinals;
            this.filters = filters;
            this.hits = hits;
        }

        @Override
        public FacetCollector newCollector() throws IOException {
            return new FacetCollector(ordinals, filters, hits.newCollector());
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
        return new String[] { query.kind(), query.category(), query.licence(), query.organization(), query.developmentStatus() };
    }
}
