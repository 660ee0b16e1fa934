package ca.quebec.catalogue.search;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * Not a test: a timing loop for {@code SearchService.suggest} on the seed catalogue, one
 * thread, after warm-up, without the answer cache (bench/README.md, "Suggestions"). Run with the test class path:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) ca.quebec.catalogue.search.SuggestTiming}.
 * Timings belong here, never in assertions: the machine is shared.
 */
final class SuggestTiming {

    private static final String[] MIX = { "lib", "li", "l", "saaq", "naviga", "mozilla fi", "bureau des", "minist", "sécu",
            "7z", "postg", "tableur", "ville de", "q", "gestion" };

    public static void main(String[] args) throws Exception {
        SeedCatalogue seed = SeedCatalogue.load();
        // Without the answer cache: what is timed is finding the suggestions, not remembering them.
        SearchIndex index = SearchIndex.withoutAnswerCache();
        index.replaceAll(seed.software());
        SearchIndexer indexer = new SearchIndexer(index, null, null, new SearchConfig() {
            @Override
            public Duration pollInterval() {
                return Duration.ofMillis(500);
            }

            @Override
            public long answerCacheBytes() {
                return DEFAULT_ANSWER_CACHE_BYTES;
            }
        }, new SimpleMeterRegistry());
        // Sorted by id so that every run lists bodies in the same order.
        SearchService.SearchLabels labels = SearchService.SearchLabels.of(new ArrayList<>(new TreeMap<>(seed.organizations()).values()),
                new ArrayList<>(new TreeMap<>(seed.categories()).values()));
        Field field = SearchIndexer.class.getDeclaredField("labels");
        field.setAccessible(true);
        field.set(indexer, labels);
        SearchService service = new SearchService(index, indexer, null, new SimpleMeterRegistry());

        if (args.length > 1 && args[0].equals("synthetic")) {
            synthetic(Integer.parseInt(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("dump")) {
            dump(seed, service);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int round = 0; round < rounds; round++) {
            report(round == 0 ? "warm-up" : "round " + round, service, new String[] { "lib" }, 20_000);
            report(round == 0 ? "warm-up" : "round " + round, service, MIX, 2_000);
            report(round == 0 ? "warm-up" : "round " + round, index, new String[] { "lib" }, 20_000);
            report(round == 0 ? "warm-up" : "round " + round, index, MIX, 2_000);
            byQuery(round == 0 ? "warm-up" : "round " + round, index, MIX, 2_000);
        }
        index.close();
    }

    /**
     * At a synthetic size: how long the first anonymous suggestion of a snapshot takes (it reads
     * the completion table), then the mix, table against queries, and the heap the table holds.
     */
    private static void synthetic(int size) {
        SearchIndex index = SearchIndex.withoutAnswerCache();
        index.replaceAll(SyntheticCatalogue.generate(size, 42));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        index.suggest("lib", SearchService.SUGGEST_MAX, VisibilityPolicy.ANONYMOUS);
        System.out.printf("%,d records: first suggestion of the snapshot (reads the table) %.1f ms%n", size, (System.nanoTime() - start) / 1e6);
        System.gc();
        System.out.printf("heap after it: %+.1f MiB (the table, and the records decoded)%n",
                (runtime.totalMemory() - runtime.freeMemory() - before) / 1048576.0);
        for (int round = 0; round < 4; round++) {
            report(round == 0 ? "warm-up" : "round " + round, index, MIX, 500);
            byQuery(round == 0 ? "warm-up" : "round " + round, index, MIX, 500);
        }
        // A write opens a new snapshot: its first anonymous suggestion reads the table again, warm this time.
        List<SearchDocument> some = SyntheticCatalogue.generate(3, 7);
        for (SearchDocument document : some) {
            index.upsert(document);
            long again = System.nanoTime();
            index.suggest("lib", SearchService.SUGGEST_MAX, VisibilityPolicy.ANONYMOUS);
            System.out.printf("after a write (snapshot %d): first suggestion of the new snapshot %.1f ms%n", index.snapshot(), (System.nanoTime() - again) / 1e6);
        }
        index.close();
    }

    /** Every answer for many prefixes, to compare two versions' answers line by line. */
    private static void dump(SeedCatalogue seed, SearchService service) {
        java.util.Set<String> prefixes = new java.util.TreeSet<>();
        List<String> names = new ArrayList<>();
        seed.software().forEach(d -> {
            names.add(d.name());
            names.addAll(d.aliases());
        });
        seed.organizations().values().forEach(o -> {
            names.add(o.nameFr());
            names.add(o.nameEn());
            names.add(o.acronym());
            names.addAll(o.aliases());
        });
        seed.categories().values().forEach(c -> {
            names.add(c.nameFr());
            names.add(c.nameEn());
        });
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String word : name.split(" ")) {
                for (int i = 1; i <= Math.min(6, word.length()); i++) {
                    prefixes.add(word.substring(0, i));
                    prefixes.add(word.substring(0, i).toUpperCase());
                }
            }
            for (int i = 1; i <= Math.min(14, name.length()); i++) {
                prefixes.add(name.substring(0, i));
            }
        }
        prefixes.addAll(List.of("\u0301", "é", "  a", "ministère des", "x y", "-", "--li"));
        for (String prefix : prefixes) {
            if (prefix.isBlank()) {
                continue;
            }
            for (int limit : new int[] { 3, 10 }) {
                System.out.println(prefix + " |" + limit + " -> " + service.suggest(prefix, limit, Caller.ANONYMOUS));
            }
        }
    }

    private static void report(String round, SearchService service, String[] prefixes, int times) {
        long[] nanos = new long[times * prefixes.length];
        int n = 0;
        int sink = 0;
        for (int t = 0; t < times; t++) {
            for (String prefix : prefixes) {
                long start = System.nanoTime();
                sink += service.suggest(prefix, SearchService.SUGGEST_MAX, Caller.ANONYMOUS).size();
                nanos[n++] = System.nanoTime() - start;
            }
        }
        print(round, "SearchService.suggest " + (prefixes.length == 1 ? "q=" + prefixes[0] : "mix of " + prefixes.length), nanos, sink);
    }

    private static void report(String round, SearchIndex index, String[] prefixes, int times) {
        long[] nanos = new long[times * prefixes.length];
        int n = 0;
        int sink = 0;
        for (int t = 0; t < times; t++) {
            for (String prefix : prefixes) {
                long start = System.nanoTime();
                sink += index.suggest(prefix, SearchService.SUGGEST_MAX).size();
                nanos[n++] = System.nanoTime() - start;
            }
        }
        print(round, "SearchIndex.suggest (records only) " + (prefixes.length == 1 ? "q=" + prefixes[0] : "mix of " + prefixes.length), nanos, sink);
    }

    /** The records found by Lucene queries, as before the completion table: the same answers (RecordCompletionTest). */
    private static void byQuery(String round, SearchIndex index, String[] prefixes, int times) {
        long[] nanos = new long[times * prefixes.length];
        int n = 0;
        int sink = 0;
        for (int t = 0; t < times; t++) {
            for (String prefix : prefixes) {
                long start = System.nanoTime();
                sink += index.suggestByQuery(prefix, SearchService.SUGGEST_MAX, VisibilityPolicy.ANONYMOUS).size();
                nanos[n++] = System.nanoTime() - start;
            }
        }
        print(round, "SearchIndex.suggestByQuery (records) mix of " + prefixes.length, nanos, sink);
    }

    private static void print(String round, String what, long[] nanos, int sink) {
        java.util.Arrays.sort(nanos);
        System.out.printf("%-8s %-45s p50 %7.1f µs  p99 %7.1f µs  (%d calls, %d answers)%n", round, what,
                nanos[nanos.length / 2] / 1000.0, nanos[(int) (nanos.length * 0.99)] / 1000.0, nanos.length, sink);
    }
}
