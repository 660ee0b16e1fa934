package ca.quebec.catalogue.search;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Not a test: a timing loop for {@code SearchIndex.search} on the seed catalogue, without the
 * answer cache, one thread, after warm-up: the popular queries of {@code bench/lua/popular.lua}
 * and distinct ones drawn as {@code bench/lua/distinct.lua} draws them (bench/README.md).
 * Run with the test class path:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) ca.quebec.catalogue.search.SearchTiming [rounds]}.
 * Timings belong here, never in assertions: the machine is shared.
 */
final class SearchTiming {

    private static final List<String> POPULAR = List.of("tableur", "courriel", "wordpres", "ministère des transports",
            "outil de sondage", "gestion documentaire", "base de données", "navigateur", "editeur de texte", "spreadsheet",
            "survey tool", "postgre", "serveur web", "libreoffice", "", "carte", "sig", "plateforme");

    static final String[] WORDS = { "gestion", "documents", "courriel", "serveur", "web", "donnees", "base", "carte",
            "geographique", "bureautique", "tableur", "traitement", "texte", "image", "video", "son", "securite", "reseau",
            "sauvegarde", "surveillance", "statistiques", "analyse", "developpement", "editeur", "code", "navigateur",
            "messagerie", "annuaire", "authentification", "virtualisation", "conteneurs", "formulaire", "sondage", "portail",
            "site", "contenu", "wiki", "projet", "tickets", "inventaire", "mail", "office", "database", "server", "map",
            "spreadsheet", "backup", "monitoring", "security", "network", "editor", "browser", "survey", "portal", "content",
            "project", "identity", "python", "java", "linux", "windows", "libre", "open", "source", "outil", "plateforme",
            "municipal", "sante" };

    public static void main(String[] args) throws Exception {
        SeedCatalogue seed = SeedCatalogue.load();
        SearchIndex index = SearchIndex.withoutAnswerCache();
        index.replaceAll(seed.software());
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        if (threads > 1) {
            together(index, rounds, threads);
            index.close();
            return;
        }
        Random random = new Random(42);
        for (int round = 0; round < rounds; round++) {
            String name = round == 0 ? "warm-up" : "round " + round;
            long[] popular = new long[POPULAR.size() * 100];
            for (int i = 0; i < popular.length; i++) {
                popular[i] = time(index, POPULAR.get(i % POPULAR.size()));
            }
            print(name, "popular", popular);
            long[] distinct = new long[3_000];
            long allocated = allocated();
            for (int i = 0; i < distinct.length; i++) {
                distinct[i] = time(index, distinct(random));
            }
            allocated = allocated() - allocated;
            print(name, "distinct", distinct);
            System.out.printf("%-8s distinct  %,d bytes allocated a search%n", name, allocated / distinct.length);
        }
        index.close();
    }

    /**
     * Distinct queries from several threads at once, as the service's workers run them: the
     * throughput of the whole machine, to set beside one thread's (on a 2-core machine the
     * two differ by far less than twice).
     */
    private static void together(SearchIndex index, int rounds, int threads) throws InterruptedException {
        for (int round = 0; round < rounds; round++) {
            long[] done = new long[threads];
            Thread[] workers = new Thread[threads];
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int id = t;
                workers[t] = new Thread(() -> {
                    Random random = new Random(42 + id);
                    for (int i = 0; i < 3_000; i++) {
                        time(index, distinct(random));
                        done[id]++;
                    }
                });
                workers[t].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-8s distinct, %d threads: %.0f searches/s%n", round == 0 ? "warm-up" : "round " + round, threads,
                    Arrays.stream(done).sum() / seconds);
        }
    }

    /** Two or three words drawn at random, one in three of the longer ones with a letter dropped. */
    static String distinct(Random random) {
        StringBuilder q = new StringBuilder(typo(random, WORDS[random.nextInt(WORDS.length)])).append(' ')
                .append(typo(random, WORDS[random.nextInt(WORDS.length)]));
        if (random.nextBoolean()) {
            q.append(' ').append(typo(random, WORDS[random.nextInt(WORDS.length)]));
        }
        return q.toString();
    }

    private static String typo(Random random, String word) {
        if (word.length() < 5 || random.nextInt(3) > 0) {
            return word;
        }
        int k = 1 + random.nextInt(word.length() - 2);
        return word.substring(0, k) + word.substring(k + 1);
    }

    /** Bytes this thread has allocated so far (HotSpot's count). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    static long time(SearchIndex index, String q) {
        long start = System.nanoTime();
        SearchResult result = index.search(SearchQuery.text(q));
        long took = System.nanoTime() - start;
        if (result.total() < 0) {
            throw new AssertionError();
        }
        return took;
    }

    private static void print(String round, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1_000;
        System.out.printf("%-8s %-9s n=%5d  p50 %7.1f µs  p90 %7.1f µs  p99 %7.1f µs  mean %7.1f µs%n", round, what, nanos.length,
                sorted[nanos.length / 2] / 1e3, sorted[nanos.length * 9 / 10] / 1e3, sorted[nanos.length * 99 / 100] / 1e3, mean);
    }
}
