package ca.quebec.catalogue.search;

import java.lang.ref.Reference;
import java.util.List;

/**
 * The heap an index of N synthetic records takes: used heap after full collections,
 * with and without the index, the records themselves being alive in both. Not JMH:
 * this is a size, not a time.
 */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<SearchDocument> documents = SyntheticCatalogue.generate(size, 42);
        long before = usedAfterGc();

        SearchIndex index = new SearchIndex();
        long start = System.nanoTime();
        index.replaceAll(documents);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long built = usedAfterGc();
        // Searching opens per-segment structures lazily (norms, doc values): count them too.
        for (SearchQuery query : SearchBenchmark.mix(index)) {
            index.search(query);
        }
        index.suggest("libre", 10);
        long searched = usedAfterGc();

        System.out.printf("%nIndex footprint, %,d synthetic records (%,d indexed)%n", size, index.size());
        System.out.printf("  built in                          %,d ms%n", buildMillis);
        System.out.printf("  index files (ByteBuffersDirectory) %,.1f MiB%n", index.bytes() / 1048576.0);
        System.out.printf("  heap held by the index, built      %,.1f MiB%n", (built - before) / 1048576.0);
        System.out.printf("  heap held by the index, searched   %,.1f MiB%n", (searched - before) / 1048576.0);
        Reference.reachabilityFence(documents);
        Reference.reachabilityFence(index);
        index.close();
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
