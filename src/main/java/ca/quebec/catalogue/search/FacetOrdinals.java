package ca.quebec.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet values of each segment, decoded once into flat arrays.
 *
 * <p>Counting facets reads every matching record's values in five dimensions; through
 * doc-values iterators that cost a few hundred nanoseconds per record, which at 100,000
 * records is most of a search. A segment never changes once written (deletions only hide
 * records), so its values are decoded once, when a new snapshot opens it, and dropped
 * when Lucene closes it. About 4 bytes per value: a few megabytes at 100,000 records.
 */
final class FacetOrdinals {

    /** One segment's values: for dimension d, record r's ordinals are {@code ords[d][starts[d][r] .. starts[d][r+1])}. */
    static final class Segment {
        final int[][] starts;
        final int[][] ords;
        /** Ordinal → value, per dimension. */
        final String[][] values;
        private final Map<String, Integer>[] lookup;

        @SuppressWarnings("unchecked")
        Segment(LeafReader reader) throws IOException {
            int dimensions = FacetCollector.DIMENSIONS.length;
            int maxDoc = reader.maxDoc();
            starts = new int[dimensions][];
            ords = new int[dimensions][];
            values = new String[dimensions][];
            lookup = new Map[dimensions];
            for (int d = 0; d < dimensions; d++) {
                SortedSetDocValues dv = DocValues.getSortedSet(reader, FacetCollector.DIMENSIONS[d]);
                int valueCount = (int) dv.getValueCount();
                values[d] = new String[valueCount];
                lookup[d] = new HashMap<>();
                for (int ord = 0; ord < valueCount; ord++) {
                    values[d][ord] = dv.lookupOrd(ord).utf8ToString();
                    lookup[d].put(values[d][ord], ord);
                }
                int[] dimensionStarts = new int[maxDoc + 1];
                int[] dimensionOrds = new int[Math.max(16, maxDoc)];
                int size = 0;
                int doc = 0;
                for (int next = dv.nextDoc(); next != SortedSetDocValues.NO_MORE_DOCS; next = dv.nextDoc()) {
                    while (doc <= next) {
                        dimensionStarts[doc++] = size;
                    }
                    int count = dv.docValueCount();
                    if (size + count > dimensionOrds.length) {
                        dimensionOrds = Arrays.copyOf(dimensionOrds, Math.max(size + count, dimensionOrds.length * 2));
                    }
                    for (int i = 0; i < count; i++) {
                        dimensionOrds[size++] = (int) dv.nextOrd();
                    }
                }
                while (doc <= maxDoc) {
                    dimensionStarts[doc++] = size;
                }
                starts[d] = dimensionStarts;
                ords[d] = Arrays.copyOf(dimensionOrds, size);
            }
        }

        /** The value's ordinal in dimension {@code d}, or -1 when no record of the segment has it. */
        int ordinal(int d, String value) {
            Integer ord = lookup[d].get(value);
            return ord == null ? -1 : ord;
        }
    }

    private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

    Segment of(LeafReader reader) {
        return segments.computeIfAbsent(reader.getCoreCacheHelper().getKey(), key -> {
            try {
                Segment segment = new Segment(reader);
                reader.getCoreCacheHelper().addClosedListener(segments::remove);
                return segment;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Decodes the segments of a new snapshot before any search needs them. */
    void warm(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            of(leaf.reader());
        }
    }

    int segmentCount() {
        return segments.size();
    }
}
