package ca.quebec.catalogue.search;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.licence.SpdxLicence;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * Search and suggestions on this instance's index, with the visibility of the
 * caller, and labels for what facets and suggestions name.
 */
@ApplicationScoped
public class SearchService {

    public static final int SUGGEST_MAX = 10;

    /** How many name completions were built since start-up: one per set of labels, not one per request (tests read it). */
    static final AtomicLong COMPLETIONS_BUILT = new AtomicLong();

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final LicenceRegistry licences;
    private final Timer textSearches;
    private final Timer browsing;
    private final Timer suggestions;

    public SearchService(SearchIndex index, SearchIndexer indexer, LicenceRegistry licences, MeterRegistry meters) {
        this.index = index;
        this.indexer = indexer;
        this.licences = licences;
        // Searches with text and plain browsing (no text: every match scored alike, facets over all)
        // cost differently, so they are timed apart. A histogram rather than client-side percentiles,
        // so that Prometheus can add up the replicas' buckets; 100 µs to 5 s covers the seed (under a
        // millisecond) and 100,000 records (tens of milliseconds) with room to spare.
        this.textSearches = searchTimer(meters, "true");
        this.browsing = searchTimer(meters, "false");
        this.suggestions = Timer.builder("catalogue.suggest").description("Completions for a search box (the service call, on this instance)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(10_000)).maximumExpectedValue(Duration.ofSeconds(1))
                .register(meters);
        if (index != null) {
            // The answer cache's hit rate: hits / (hits + computed), per instance.
            FunctionCounter.builder("catalogue.search.answers.cached", index, SearchIndex::cachedAnswers)
                    .description("Searches and suggestions answered from the current index snapshot's answer cache").register(meters);
            FunctionCounter.builder("catalogue.search.answers.computed", index, SearchIndex::computedAnswers)
                    .description("Searches and suggestions computed on the index (not found in the answer cache)").register(meters);
            FunctionCounter.builder("catalogue.search.written.cached", index, SearchIndex::cachedWritten)
                    .description("Search answers and results pages sent already written (serialized, rendered) for the current index snapshot")
                    .register(meters);
            FunctionCounter.builder("catalogue.search.written.computed", index, SearchIndex::computedWritten)
                    .description("Search answers and results pages written anew (not found among those of the current index snapshot)")
                    .register(meters);
        }
    }

    private static Timer searchTimer(MeterRegistry meters, String text) {
        return Timer.builder("catalogue.search").description("Searches on this instance's index: the service call, API and portal alike")
                .tag("text", text).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000)).maximumExpectedValue(Duration.ofSeconds(5))
                .register(meters);
    }

    public record Page(List<SearchViews.Hit> hits, long total, SearchViews.Facets facets, String next) {
    }

    /**
     * What a caller writes from searches and suggestions alone (a JSON answer, a results page),
     * written once per index snapshot: until the next change, the same request gets the same
     * bytes. Writing an answer cost as much as finding it once the answer itself was cached.
     * The key must hold everything else the value depends on: the caller's visibility class
     * ({@link VisibilityPolicy#searchClass()}), the language, the request's address.
     * {@code bytes} estimates what the value holds in memory (the bound of the cache).
     */
    public <T> T writtenOnce(Object key, Supplier<T> write, ToIntFunction<T> bytes) {
        return index.written(index.snapshot(), key, write, bytes);
    }

    public Page search(SearchQuery query) {
        return (query.q() == null || query.q().isBlank() ? browsing : textSearches).record(() -> searchNow(query));
    }

    private Page searchNow(SearchQuery query) {
        SearchResult result = index.search(query);
        SearchLabels labels = indexer.labels();
        List<SearchViews.Hit> hits = result.hits().stream()
                .map(h -> new SearchViews.Hit(h.kind(), h.id(), h.name(), SearchViews.Description.of(h.description(), null), h.licence(), h.osiApproved(), h.usageCount(),
                        h.score(), h.highlights(), kind(h.kind()).path(h.id())))
                .toList();
        SearchFacets f = result.facets();
        SearchViews.Facets facets = new SearchViews.Facets(values(f.kind(), v -> null), values(f.category(), labels::category),
                values(f.licence(), this::licence), values(f.organization(), labels::organization),
                values(f.developmentStatus(), v -> null));
        return new Page(hits, result.total(), facets, result.next());
    }

    /** The published records nearest a text (a name not known exactly), best first; {@code kind} software, solution or null. */
    public List<SearchIndex.Nearest> nearest(String text, String kind, int limit) {
        String bounded = text.length() > SearchQuery.MAX_TEXT_LENGTH ? text.substring(0, SearchQuery.MAX_TEXT_LENGTH) : text;
        // Ending with a space: the last word is a whole word, not the start of one being typed.
        return index.nearest(bounded + " ", kind, limit, VisibilityPolicy.ANONYMOUS);
    }

    /**
     * Completions for a search box: records by name or alias, then public bodies
     * by name or acronym, then categories by their French or English label.
     */
    public List<SearchViews.SuggestionView> suggest(String prefix, int limit, Caller caller) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        if (prefix.length() > SearchIndex.MAX_PREFIX_LENGTH) {
            throw ProblemException.badParameter("q", "search.prefix-too-long", SearchIndex.MAX_PREFIX_LENGTH);
        }
        return suggestions.record(() -> complete(prefix, limit, caller));
    }

    private List<SearchViews.SuggestionView> complete(String prefix, int limit, Caller caller) {
        List<SearchViews.SuggestionView> out = new ArrayList<>();
        for (Suggestion s : index.suggest(prefix, limit, VisibilityPolicy.of(caller))) {
            out.add(new SearchViews.SuggestionView(s.kind(), s.id(), s.label(), s.matched(), kind(s.kind()).path(s.id())));
        }
        for (NameCompletion.Match match : indexer.labels().completion().complete(fold(prefix), limit - out.size())) {
            SearchLabels.Named named = match.named();
            out.add(new SearchViews.SuggestionView(named.kind(), named.id(), named.label(),
                    match.name().equals(named.label()) ? null : match.name(), named.path()));
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private BilingualText licence(String id) {
        return licences.licence(id).map(SpdxLicence::name).map(name -> new BilingualText(name, name)).orElse(null);
    }

    private static List<SearchViews.FacetValue> values(List<SearchFacets.Count> counts, java.util.function.Function<String, BilingualText> label) {
        return counts.stream().map(c -> new SearchViews.FacetValue(c.value(), c.count(), label.apply(c.value()))).toList();
    }

    private static RecordKind kind(String wire) {
        return RecordKind.SOFTWARE.wire.equals(wire) ? RecordKind.SOFTWARE : RecordKind.SOLUTION;
    }

    /** Lower case, without accents, for prefix matching. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).trim();
    }

    /**
     * Labels of what facets and suggestions name, rebuilt with the index. The completion over
     * their names is built the first time a suggestion needs it, once per labels.
     */
    public static final class SearchLabels {

        static final SearchLabels EMPTY = new SearchLabels(Map.of(), Map.of(), List.of());

        private final Map<String, BilingualText> categories;
        private final Map<String, BilingualText> organizations;
        private final List<Named> named;
        private volatile NameCompletion completion;

        SearchLabels(Map<String, BilingualText> categories, Map<String, BilingualText> organizations, List<Named> named) {
            this.categories = categories;
            this.organizations = organizations;
            this.named = named;
        }

        public List<Named> named() {
            return named;
        }

        /** Built lazily, so that a rebuild nobody suggests from costs nothing; a race builds it twice, harmlessly. */
        NameCompletion completion() {
            NameCompletion built = completion;
            if (built == null) {
                built = new NameCompletion(named);
                completion = built;
                COMPLETIONS_BUILT.incrementAndGet();
            }
            return built;
        }

        BilingualText category(String id) {
            return categories.get(id);
        }

        BilingualText organization(String id) {
            return organizations.get(id);
        }

        /** An organization or category and the names it can be completed from. */
        public record Named(String kind, String id, String label, List<String> names, String path) {

            /** What separates the words of a folded name. */
            static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

            /**
             * The first name that the typed text starts, or one of whose words it starts; null if none.
             * The reference for {@link NameCompletion}, which answers the same from keys folded once.
             */
            String matching(String folded) {
                for (String name : names) {
                    String candidate = fold(name);
                    if (candidate.startsWith(folded)) {
                        return name;
                    }
                    for (String word : WORDS.split(candidate)) {
                        if (word.length() > 2 && folded.length() >= 2 && word.startsWith(folded)) {
                            return name;
                        }
                    }
                }
                return null;
            }
        }

        static SearchLabels of(List<SearchDocument.OrganizationRef> organizations, List<SearchDocument.CategoryRef> categories) {
            Map<String, BilingualText> categoryLabels = new HashMap<>();
            Map<String, BilingualText> organizationLabels = new HashMap<>();
            List<Named> named = new ArrayList<>();
            for (SearchDocument.OrganizationRef o : organizations) {
                organizationLabels.put(o.id(), BilingualText.of(o.nameFr(), o.nameEn()));
                List<String> names = new ArrayList<>();
                names.add(o.nameFr());
                if (o.acronym() != null) {
                    names.add(o.acronym());
                }
                if (o.nameEn() != null) {
                    names.add(o.nameEn());
                }
                names.addAll(o.aliases());
                named.add(new Named("organization", o.id(), o.nameFr(), names, "/api/v1/organizations/" + o.id()));
            }
            for (SearchDocument.CategoryRef c : categories) {
                categoryLabels.put(c.id(), BilingualText.of(c.nameFr(), c.nameEn()));
                named.add(new Named("category", c.id(), c.nameFr(), List.of(c.nameFr(), c.nameEn()), "/api/v1/categories/" + c.id()));
            }
            return new SearchLabels(Map.copyOf(categoryLabels), Map.copyOf(organizationLabels), List.copyOf(named));
        }
    }
}
