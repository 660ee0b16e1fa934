package ca.quebec.catalogue.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import ca.quebec.catalogue.testing.Callers;

/**
 * Latency of one search as the API runs it: plan, match, count the five facets
 * drill-sideways, sort, load and highlight a page of 20. Sampled per call, so JMH
 * reports percentiles (p50, p99). One thread: the figure is the latency of a search,
 * not the machine's throughput.
 */
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    @Param({ "10000", "100000" })
    public int size;

    private SearchIndex index;
    private SearchQuery[] mix;
    private int next;
    private SearchQuery everything;

    @Setup(Level.Trial)
    public void build() {
        // The cost of a search itself: a cache of answers would turn 27 repeated queries into look-ups.
        index = SearchIndex.withoutAnswerCache();
        index.replaceAll(SyntheticCatalogue.generate(size, 42));
        mix = mix(index).toArray(SearchQuery[]::new);
        everything = SearchQuery.builder().sort("relevance").build();
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    /** The mix, one query after the other: text, typos, prefixes, organizations, filters, sorts, a second page. */
    @Benchmark
    public SearchResult mixedQueries() {
        SearchQuery query = mix[next];
        next = next + 1 == mix.length ? 0 : next + 1;
        return index.search(query);
    }

    /** The heaviest search: no text, every visible record counted in every facet. */
    @Benchmark
    public SearchResult wholeCatalogue() {
        return index.search(everything);
    }

    static List<SearchQuery> mix(SearchIndex index) {
        List<SearchQuery> queries = new ArrayList<>();
        for (String q : List.of("tableur", "navigateur web", "base de données", "gestion documentaire", "outil de sondage",
                "serveur web", "Ministère des Transports", "MTQ", "wordpres", "postgre", "libre office", "editeurs de texte",
                "sauvegarde", "firewall", "password manager", "python", "SIG", "visioconférence", "lecteur multimédia", "7zip")) {
            queries.add(SearchQuery.text(q));
        }
        queries.add(SearchQuery.all());
        queries.add(SearchQuery.builder().sort("-usageCount").category("plateforme-de-developpement").build());
        queries.add(SearchQuery.builder().q("serveur").licence("Apache-2.0").build());
        queries.add(SearchQuery.builder().q("navigateur").platform("linux").osiApproved(true).build());
        queries.add(SearchQuery.builder().organization("mtmdet").kind("software").sort("-updatedAt").build());
        queries.add(SearchQuery.builder().q("gestion").kind("solution").developmentStatus("stable")
                .visibility(Callers.policy(Callers.contributor("sct"))).build());
        SearchQuery first = SearchQuery.builder().q("base de données").sort("relevance").build();
        queries.add(first.withCursor(index.search(first).next()));
        return queries;
    }
}
