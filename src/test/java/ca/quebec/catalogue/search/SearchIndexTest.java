package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.testing.Callers;

/** Facets, filters, visibility, pagination, suggestions, highlights, writes and bad input. */
class SearchIndexTest {

    private static SearchIndex index;
    private static List<SearchDocument> catalogue;

    @BeforeAll
    static void buildIndex() {
        catalogue = Fixtures.catalogue();
        index = new SearchIndex();
        index.replaceAll(catalogue);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchQuery.Builder query() {
        return SearchQuery.builder().limit(100);
    }

    // ---------------------------------------------------------------- facets

    /** Drill-sideways: a facet's count for a value is the total the same search gives with that value selected. */
    @ParameterizedTest
    @ValueSource(strings = { "", "base de données", "navigateur", "serveur", "MTQ" })
    void eachFacetCountsWithEveryFilterButItsOwn(String q) {
        SearchQuery.Builder base = query().q(q).category("gestionnaire-de-donnees").licence("GPL-2.0-or-later").kind("software");
        check(base.build(), q);
        check(query().q(q).organization("mtmdet").osiApproved(true).build(), q);
        check(query().q(q).visibility(Callers.policy(Callers.curator())).kind("solution").developmentStatus("beta").build(), q);
    }

    private static void check(SearchQuery query, String q) {
        SearchResult result = index.search(query);
        SearchFacets facets = result.facets();
        assertSideways(query, facets.kind(), (b, v) -> b.kind(v), query.kind(), result.total(), q);
        assertSideways(query, facets.category(), (b, v) -> b.category(v), query.category(), result.total(), q);
        assertSideways(query, facets.licence(), (b, v) -> b.licence(v), query.licence(), result.total(), q);
        assertSideways(query, facets.organization(), (b, v) -> b.organization(v), query.organization(), result.total(), q);
        assertSideways(query, facets.developmentStatus(), (b, v) -> b.developmentStatus(v), query.developmentStatus(),
                result.total(), q);
        // Every record has exactly one kind: without the kind filter, the kind counts add up to the total.
        long kinds = facets.kind().stream().mapToLong(SearchFacets.Count::count).sum();
        assertEquals(index.search(copy(query, b -> b.kind(null)).build()).total(), kinds, "kind counts for " + q);
    }

    private interface Select {
        SearchQuery.Builder apply(SearchQuery.Builder builder, String value);
    }

    private static void assertSideways(SearchQuery query, List<SearchFacets.Count> counts, Select select, String selected, long total,
            String q) {
        for (SearchFacets.Count count : counts) {
            long expected = index.search(select.apply(copy(query, b -> b), count.value()).build()).total();
            assertEquals(expected, count.count(), "facet value " + count.value() + " for \"" + q + "\"");
            if (count.value().equals(selected)) {
                assertEquals(total, count.count(), "the selected value's count is the total");
            }
        }
        if (selected != null) {
            assertTrue(counts.stream().anyMatch(c -> c.value().equals(selected)), "the selected value is listed");
        }
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1).count() >= counts.get(i).count(), "most frequent first");
        }
        assertTrue(counts.stream().allMatch(c -> c.count() > 0 || c.value().equals(selected)), "no empty values");
    }

    private static SearchQuery.Builder copy(SearchQuery query, Function<SearchQuery.Builder, SearchQuery.Builder> change) {
        SearchQuery.Builder builder = SearchQuery.builder().q(query.q()).kind(query.kind()).category(query.category())
                .licence(query.licence()).osiApproved(query.osiApproved()).organization(query.organization()).owner(query.owner())
                .developmentStatus(query.developmentStatus()).platform(query.platform()).visibility(query.visibility())
                .sort(query.sort()).limit(query.limit());
        return change.apply(builder);
    }

    @Test
    void facetsOfTheWholeCatalogueMatchAPlainCount() {
        SearchResult result = index.search(query().build());
        long published = catalogue.stream().filter(d -> d.status().equals("published")).count();
        assertEquals(published, result.total());
        assertEquals(oracle(d -> true, d -> d.kind()), asMap(result.facets().kind()));
        assertEquals(oracleMulti(d -> d.categories().stream().map(SearchDocument.CategoryRef::id).toList()),
                asMap(result.facets().category()));
        assertEquals(oracleMulti(SearchDocument::licenceIds), asMap(result.facets().licence()));
        assertEquals(oracleMulti(d -> d.usedBy().stream().map(SearchDocument.OrganizationRef::id).toList()),
                asMap(result.facets().organization()));
        assertEquals(Map.of("stable", 1L, "beta", 1L), asMap(result.facets().developmentStatus()));
    }

    private static Map<String, Long> oracle(Predicate<SearchDocument> filter, Function<SearchDocument, String> value) {
        return oracleMulti(d -> filter.test(d) ? List.of(value.apply(d)) : List.of());
    }

    private static Map<String, Long> oracleMulti(Function<SearchDocument, List<String>> values) {
        Map<String, Long> counts = new java.util.HashMap<>();
        catalogue.stream().filter(d -> d.status().equals("published"))
                .forEach(d -> new LinkedHashSet<>(values.apply(d)).forEach(v -> counts.merge(v, 1L, Long::sum)));
        return counts;
    }

    private static Map<String, Long> asMap(List<SearchFacets.Count> counts) {
        Map<String, Long> map = new java.util.HashMap<>();
        counts.forEach(c -> map.put(c.value(), c.count()));
        return map;
    }

    @Test
    void aSelectedValueThatMatchesNothingIsStillListed() {
        SearchResult result = index.search(query().q("navigateur").category("chiffrement").build());
        assertEquals(0, result.total());
        assertTrue(result.facets().category().contains(new SearchFacets.Count("chiffrement", 0)));
        assertTrue(result.facets().category().stream().anyMatch(c -> c.value().equals("navigateur-web") && c.count() > 0),
                "the other categories still tell where the browsers are");
    }

    // ---------------------------------------------------------------- filters

    @Test
    void filtersNarrowTheResult() {
        assertAll(query().osiApproved(true), d -> Boolean.TRUE.equals(d.osiApproved()));
        assertAll(query().osiApproved(false), d -> Boolean.FALSE.equals(d.osiApproved()));
        assertAll(query().platform("android"), d -> d.platforms().contains("android"));
        assertAll(query().licence("MIT"), d -> d.licenceIds().contains("MIT"));
        assertAll(query().category("navigateur-web"), d -> d.categories().stream().anyMatch(c -> c.id().equals("navigateur-web")));
        assertAll(query().organization("saaq"), d -> d.usedBy().stream().anyMatch(o -> o.id().equals("saaq")));
        assertAll(query().owner("saaq"), d -> d.owner() != null && d.owner().id().equals("saaq"));
        assertAll(query().kind("solution"), d -> d.kind().equals("solution"));
        assertAll(query().developmentStatus("stable"), d -> "stable".equals(d.developmentStatus()));
        assertAll(query().q("navigateur").platform("android").osiApproved(true),
                d -> d.platforms().contains("android") && Boolean.TRUE.equals(d.osiApproved()), 2);
    }

    private static void assertAll(SearchQuery.Builder builder, Predicate<SearchDocument> expected) {
        SearchQuery query = builder.build();
        long count = catalogue.stream().filter(d -> d.status().equals("published")).filter(expected).count();
        assertTrue(count > 0, "the fixture has records for " + query);
        assertAll(builder, expected, count);
    }

    private static void assertAll(SearchQuery.Builder builder, Predicate<SearchDocument> expected, long count) {
        SearchResult result = index.search(builder.build());
        assertEquals(count, result.total(), builder.build().toString());
        for (SearchHit hit : result.hits()) {
            SearchDocument record = byId(hit.kind(), hit.id());
            assertTrue(expected.test(record), hit.id());
        }
    }

    private static SearchDocument byId(String kind, String id) {
        return catalogue.stream().filter(d -> d.kind().equals(kind) && d.id().equals(id)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- visibility

    @Test
    void anonymousCallersSeePublishedRecordsOnly() {
        Set<String> ids = ids(index.search(query().kind("solution").build()));
        assertEquals(Set.of("permis-en-ligne", "registre-des-plaintes"), ids);
        assertEquals(0, index.search(query().q("Carto Routes").build()).total());
    }

    @Test
    void anOrganizationAlsoSeesItsOwnSubmissions() {
        Set<String> sct = ids(index.search(query().kind("solution").visibility(Callers.policy(Callers.contributor("sct"))).build()));
        assertEquals(Set.of("permis-en-ligne", "registre-des-plaintes", "tableau-de-bord-budgetaire"), sct,
                "its submitted record, not its rejected one, nor another body's submission");
        Set<String> mtmdet = ids(index.search(query().q("carto routes").visibility(Callers.policy(Callers.contributor("mtmdet"))).build()));
        assertTrue(mtmdet.contains("carto-routes"));
        Set<String> curator = ids(index.search(query().kind("solution").visibility(Callers.policy(Callers.curator())).build()));
        assertEquals(5, curator.size());
    }

    @Test
    void suggestionsFollowTheSameVisibility() {
        assertTrue(index.suggest("carto rou", 5).isEmpty());
        assertEquals("carto-routes", index.suggest("carto rou", 5, Callers.policy(Callers.contributor("mtmdet"))).get(0).id());
    }

    private static Set<String> ids(SearchResult result) {
        Set<String> ids = new HashSet<>();
        result.hits().forEach(h -> ids.add(h.id()));
        return ids;
    }

    // ---------------------------------------------------------------- pagination

    @ParameterizedTest
    @ValueSource(strings = { "relevance", "name", "-name", "usageCount", "-usageCount", "updatedAt", "-updatedAt" })
    void pagesNeitherRepeatNorLoseRecords(String sort) {
        for (String q : List.of("", "serveur", "Ministère")) {
            SearchQuery first = SearchQuery.builder().q(q).sort(sort).limit(7).build();
            List<SearchHit> all = new ArrayList<>();
            SearchResult page = index.search(first);
            long total = page.total();
            int pages = 1;
            all.addAll(page.hits());
            while (page.next() != null) {
                // The page size may change from one page to the next.
                page = index.search(SearchQuery.builder().q(q).sort(sort).limit(pages % 2 == 0 ? 7 : 13).cursor(page.next()).build());
                assertEquals(total, page.total(), "the total does not change from page to page");
                all.addAll(page.hits());
                pages++;
            }
            List<String> keys = all.stream().map(h -> h.kind() + ":" + h.id()).toList();
            assertEquals(total, keys.size(), sort + " \"" + q + "\": every record once");
            assertEquals(keys.size(), new HashSet<>(keys).size(), sort + " \"" + q + "\": no record twice");
            List<String> single = index.search(SearchQuery.builder().q(q).sort(sort).limit(100).build()).hits().stream()
                    .map(h -> h.kind() + ":" + h.id()).toList();
            assertEquals(single, keys.subList(0, Math.min(100, keys.size())), "pages follow the one-page order");
            assertOrdered(sort, all);
        }
    }

    private static void assertOrdered(String sort, List<SearchHit> hits) {
        for (int i = 1; i < hits.size(); i++) {
            SearchHit a = hits.get(i - 1);
            SearchHit b = hits.get(i);
            switch (sort) {
                case "relevance" -> assertTrue(a.score() >= b.score());
                case "-usageCount" -> assertTrue(a.usageCount() >= b.usageCount());
                case "usageCount" -> assertTrue(a.usageCount() <= b.usageCount());
                case "name" -> assertTrue(Documents.nameSortKey(a.name()).compareTo(Documents.nameSortKey(b.name())) <= 0);
                case "-name" -> assertTrue(Documents.nameSortKey(a.name()).compareTo(Documents.nameSortKey(b.name())) >= 0);
                case "updatedAt" -> assertTrue(!byId(a.kind(), a.id()).updatedAt().isAfter(byId(b.kind(), b.id()).updatedAt()));
                case "-updatedAt" -> assertTrue(!byId(a.kind(), a.id()).updatedAt().isBefore(byId(b.kind(), b.id()).updatedAt()));
                default -> throw new IllegalArgumentException(sort);
            }
        }
    }

    @Test
    void theDefaultSortIsRelevanceWithTextAndNameWithout() {
        assertEquals(SearchSort.RELEVANCE, SearchQuery.text("tableur").sort());
        assertEquals(SearchSort.NAME, SearchQuery.all().sort());
        assertNotNull(index.search(SearchQuery.text("tableur")).hits().get(0).score());
        assertNull(index.search(SearchQuery.all()).hits().get(0).score());
    }

    @Test
    void aBadCursorIsA400NamingIt() {
        String next = index.search(SearchQuery.builder().q("serveur").limit(5).build()).next();
        assertNotNull(next);
        assertBadParameter("cursor", "cursor-invalid", () -> index.search(SearchQuery.builder().q("serveur").cursor("nonsense!").build()));
        assertBadParameter("cursor", "cursor-invalid", () -> index.search(SearchQuery.builder().q("serveur").cursor("WzEsMl0").build()));
        assertBadParameter("cursor", "cursor-other-sort",
                () -> index.search(SearchQuery.builder().q("serveur").sort("name").cursor(next).build()));
        assertBadParameter("cursor", "search.cursor-other-query",
                () -> index.search(SearchQuery.builder().q("navigateur").cursor(next).build()));
        assertBadParameter("cursor", "search.cursor-other-query",
                () -> index.search(SearchQuery.builder().q("serveur").kind("software").cursor(next).build()));
    }

    // ---------------------------------------------------------------- suggestions

    @Test
    void suggestionsCompleteNamesAndAliases() {
        assertEquals("libreoffice", index.suggest("libre", 5).get(0).id());
        assertEquals("libreoffice", index.suggest("LibreOff", 5).get(0).id());
        Suggestion firefox = index.suggest("mozilla fi", 5).get(0);
        assertEquals("firefox", firefox.id());
        assertEquals("Mozilla Firefox", firefox.label());
        assertNull(firefox.matched());
        assertEquals("firefox", index.suggest("firef", 5).get(0).id(), "a word of the name, not its start");
        Suggestion qgis = index.suggest("quantum", 5).get(0);
        assertEquals("qgis", qgis.id());
        assertEquals("Quantum GIS", qgis.matched());
        assertEquals("7-zip", index.suggest("7z", 5).get(0).id());
        assertEquals(3, index.suggest("p", 3).size());
        assertTrue(index.suggest("", 5).isEmpty());
        assertTrue(index.suggest("  ", 5).isEmpty());
        assertTrue(index.suggest("zzzzzz", 5).isEmpty());
    }

    @Test
    void amongEqualSuggestionsTheMostUsedComeFirst() {
        List<Suggestion> apache = index.suggest("apache", 10);
        assertEquals(10, apache.size());
        for (int i = 1; i < apache.size(); i++) {
            assertTrue(apache.get(i - 1).usageCount() >= apache.get(i).usageCount(), apache.toString());
        }
    }

    @Test
    void badSuggestionParametersAre400s() {
        assertBadParameter("limit", "limit-range", () -> index.suggest("a", 0));
        assertBadParameter("limit", "limit-range", () -> index.suggest("a", SearchIndex.MAX_SUGGESTIONS + 1));
        assertBadParameter("prefix", "search.prefix-too-long", () -> index.suggest("a".repeat(101), 5));
    }

    // ---------------------------------------------------------------- highlights

    @Test
    void highlightsSayWhyARecordMatched() {
        SearchHit libreoffice = hit("tableur", "libreoffice");
        assertEquals(List.of("<mark>tableur</mark>"), libreoffice.highlights().get("keywords"));
        assertTrue(libreoffice.highlights().get("description.en").get(0).contains("<mark>spreadsheet</mark>"), "the synonym too");

        SearchHit wordpress = hit("wordpres", "wordpress");
        assertEquals(List.of("<mark>WordPress</mark>"), wordpress.highlights().get("name"), "the typo's correction");

        SearchHit byAcronym = index.search(SearchQuery.text("MTQ")).hits().get(0);
        assertEquals(List.of("<mark>MTQ</mark> (Ministère des Transports, de la Mobilité durable et de l’Électrification des transports)"
                .replace('’', '\'')), byAcronym.highlights().get("organizations"));

        SearchHit byName = index.search(SearchQuery.text("Revenu Québec")).hits().get(0);
        assertEquals(List.of("<mark>Revenu</mark> <mark>Québec</mark>"), byName.highlights().get("organizations"),
                "only the organization that matches best, not every body \"du Québec\"");

        SearchHit database = hit("base de données", "postgresql");
        assertTrue(database.highlights().get("keywords").contains("<mark>base</mark> de <mark>données</mark>"));
    }

    @Test
    void aRenamedBodyIsHighlightedByItsNewName() {
        // The highlighter keeps each body's words between searches: a new name must not be judged by the old one.
        try (SearchIndex own = SearchIndex.withoutAnswerCache()) {
            SearchDocument.OrganizationRef before = new SearchDocument.OrganizationRef("ville-x", "Ville de Rimouski", null, null, List.of());
            SearchDocument.OrganizationRef after = new SearchDocument.OrganizationRef("ville-x", "Ville de Matane", null, null, List.of());
            own.replaceAll(List.of(Fixtures.solution("greffe", "Greffe", "Gestion du greffe.", "Clerk's office.", before, "stable",
                    List.of(before), "MIT", true, "published", null)));
            assertEquals(List.of("Ville de <mark>Rimouski</mark>"),
                    own.search(SearchQuery.text("greffe rimouski")).hits().get(0).highlights().get("organizations"));
            own.replaceAll(List.of(Fixtures.solution("greffe", "Greffe", "Gestion du greffe.", "Clerk's office.", after, "stable",
                    List.of(after), "MIT", true, "published", null)));
            SearchHit renamed = own.search(SearchQuery.text("greffe matane")).hits().get(0);
            assertEquals(List.of("Ville de <mark>Matane</mark>"), renamed.highlights().get("organizations"));
            assertEquals(0, own.search(SearchQuery.text("rimouski")).total(), "the old name is gone from the index too");
        }
    }

    @Test
    void highlightsAreEscapedAndLongTextsCut() {
        SearchIndex small = new SearchIndex();
        String longText = "Début. " + "Du texte sans rapport, ".repeat(20) + "puis le mot <b>tableur</b> & encore "
                + "du texte sans rapport ".repeat(20) + "fin.";
        small.upsert(Fixtures.software("x", "Outil <x> & \"co\"", longText));
        SearchHit hit = small.search(SearchQuery.text("tableur outil")).hits().get(0);
        assertEquals(List.of("<mark>Outil</mark> &lt;x&gt; &amp; &quot;co&quot;"), hit.highlights().get("name"));
        String description = hit.highlights().get("description.fr").get(0);
        assertTrue(description.startsWith("…") && description.endsWith("…"), description);
        assertTrue(description.contains("&lt;b&gt;<mark>tableur</mark>&lt;/b&gt; &amp; encore"), description);
        assertTrue(description.length() < 300, description);
        small.close();
    }

    private static SearchHit hit(String q, String id) {
        return index.search(SearchQuery.builder().q(q).limit(10).build()).hits().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found for " + q));
    }

    // ---------------------------------------------------------------- writes

    @Test
    void writesAreVisibleAsSoonAsTheyReturn() {
        SearchIndex small = new SearchIndex();
        assertEquals(0, small.size());
        small.upsert(Fixtures.software("zorglub", "Zorglub", "Logiciel de tests."));
        assertEquals(1, small.size());
        assertEquals(1, small.search(SearchQuery.text("zorglub")).total());

        small.upsert(Fixtures.software("zorglub", "Bulgroz", "Logiciel de tests."));
        assertEquals(1, small.size(), "an upsert replaces");
        assertEquals(0, small.search(SearchQuery.text("zorglub")).total(), "the old name is gone");
        assertEquals(1, small.search(SearchQuery.text("bulgroz")).total());
        assertEquals("bulgroz", small.suggest("bulg", 5).get(0).label().toLowerCase());

        small.upsert(Fixtures.solution("zorglub", "Zorglub", "Une solution.", null, null, "beta", List.of(), null, null, "published", null));
        assertEquals(2, small.size(), "kinds have separate ids");

        small.remove("software", "zorglub");
        assertEquals(1, small.size());
        assertEquals(0, small.search(SearchQuery.text("bulgroz")).total());
        small.remove("software", "zorglub");
        small.remove("software", "never-there");

        small.replaceAll(List.of(Fixtures.software("a", "Alpha", null), Fixtures.software("b", "Beta", null),
                Fixtures.software("a", "Alpha bis", null)));
        assertEquals(2, small.size(), "replaceAll drops what was there; the last of two equal keys wins");
        assertEquals("Alpha bis", small.search(SearchQuery.text("alpha")).hits().get(0).name());
        small.close();
    }

    @Test
    void searchesRunWhileTheIndexChanges() throws Exception {
        SearchIndex live = new SearchIndex();
        live.replaceAll(catalogue);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> results = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            results.add(readers.submit(() -> {
                int searches = 0;
                while (writing.get() || searches < 5) {
                    SearchResult result = live.search(SearchQuery.builder().q(searches % 2 == 0 ? "" : "serveur").limit(5).build());
                    long kinds = result.facets().kind().stream().mapToLong(SearchFacets.Count::count).sum();
                    assertEquals(result.total(), kinds, "one consistent snapshot per search");
                    searches++;
                }
                return searches;
            }));
        }
        try {
            for (int i = 0; i < 100; i++) {
                String id = "concurrent-" + i;
                live.upsert(Fixtures.software(id, "Concurrent " + i, "Serveur de test numéro " + i + "."));
                assertEquals(1, live.search(SearchQuery.builder().q("concurrent " + i).limit(1).build()).hits().stream()
                        .filter(h -> h.id().equals(id)).count(), "visible as soon as upsert returns");
                if (i % 10 == 9) {
                    String removed = "concurrent-" + (i - 5);
                    live.remove("software", removed);
                    assertEquals(0, live.search(SearchQuery.builder().q("Concurrent " + (i - 5) + " ").limit(100).build()).hits()
                            .stream().filter(h -> h.id().equals(removed)).count(), "gone as soon as remove returns");
                }
            }
            live.replaceAll(catalogue);
        } finally {
            writing.set(false);
        }
        for (Future<Integer> result : results) {
            assertTrue(result.get(60, TimeUnit.SECONDS) > 0);
        }
        readers.shutdown();
        assertEquals(catalogue.size(), live.size());
        live.close();
    }

    // ---------------------------------------------------------------- bad input

    @ParameterizedTest
    @ValueSource(strings = { "\"foo AND (bar", "title:x*~ \\", "*", "?", "[a TO z]", ")))", "+-!&&||", "AND", "NOT OR",
            "l'", "d’", "C++", ".NET", "::", "\u0000", "😀 navigateur", "ǅ ß ﬁ", "~2", "/regex/", "a\\\"b" })
    void anyTextIsAcceptedAndNeverFails(String q) {
        Set<String> published = catalogue.stream().filter(d -> "published".equals(d.status())).map(d -> d.kind() + "/" + d.id())
                .collect(java.util.stream.Collectors.toSet());
        SearchResult result = index.search(SearchQuery.builder().q(q).limit(5).build());
        assertTrue(result.total() <= published.size(), "no more than the published records");
        assertEquals(Math.min(5, result.total()), result.hits().size(), "a full page when there are enough hits");
        result.hits().forEach(h -> assertTrue(published.contains(h.kind() + "/" + h.id()), "only published records: " + h.id()));
        assertEquals(result.hits().stream().map(SearchHit::id).toList(),
                index.search(SearchQuery.builder().q(q).limit(5).build()).hits().stream().map(SearchHit::id).toList(), "the same answer twice");
        String words = q.replaceAll("[\"():*?~\\[\\]\\\\/!&|^{}]", " ");
        assertEquals(index.search(SearchQuery.builder().q(words).limit(5).build()).total(), result.total(),
                "query syntax is text, never an operator: '" + q + "' finds what '" + words + "' finds");
        List<Suggestion> suggestions = index.suggest(q.isEmpty() ? "a" : q, 5);
        assertTrue(suggestions.size() <= 5);
        suggestions.forEach(s -> assertTrue(published.contains(s.kind() + "/" + s.id()), "only published records: " + s.id()));
    }

    @Test
    void textWithoutAnyWordMatchesEverythingAndUnknownWordsMatchNothing() {
        long all = index.search(SearchQuery.all()).total();
        assertEquals(all, index.search(SearchQuery.text("   ")).total());
        assertEquals(all, index.search(SearchQuery.text("!!! ???")).total());
        assertEquals(all, index.search(SearchQuery.text("de la")).total(), "stop words only");
        assertEquals(0, index.search(SearchQuery.text("qwxzvkj")).total());
        assertEquals(index.search(SearchQuery.text("tableur")).total(), index.search(SearchQuery.text("tableur qwxzvkj")).total(),
                "a word the catalogue does not know is not required");
    }

    @Test
    void badParametersAre400sNamingThem() {
        assertBadParameter("q", "search.q-too-long", () -> SearchQuery.builder().q("x".repeat(201)));
        assertBadParameter("kind", "enum", () -> SearchQuery.builder().kind("logiciel"));
        assertBadParameter("developmentStatus", "enum", () -> SearchQuery.builder().developmentStatus("alpha"));
        assertBadParameter("platform", "enum", () -> SearchQuery.builder().platform("amiga"));
        assertBadParameter("osiApproved", "boolean", () -> SearchQuery.builder().osiApproved("peut-être"));
        assertBadParameter("sort", "sort-unknown", () -> SearchQuery.builder().sort("score").build());
        assertBadParameter("limit", "limit-range", () -> SearchQuery.builder().limit("0"));
        assertBadParameter("limit", "limit-range", () -> SearchQuery.builder().limit("101"));
        assertBadParameter("limit", "limit-range", () -> SearchQuery.builder().limit("vingt"));
        assertBadParameter("limit", "limit-range", () -> SearchQuery.builder().limit(0));
        assertEquals(SearchSort.USAGE_COUNT_DESC, SearchQuery.builder().sort("-usageCount").build().sort());
        assertEquals(20, SearchQuery.builder().limit((String) null).build().limit());
    }

    @Test
    void searchMessagesExistInBothLanguages() {
        for (String key : List.of("violation.search.q-too-long", "violation.search.cursor-other-query",
                "violation.search.prefix-too-long")) {
            String french = Messages.get(Messages.FRENCH, key, 200);
            String english = Messages.get(Messages.ENGLISH, key, 200);
            assertFalse(french.equals(key) || english.equals(key) || french.equals(english), key);
            assertFalse(french.contains("'"), "typographic apostrophes in French: " + french);
        }
        assertTrue(Messages.get(Messages.FRENCH, "violation.search.q-too-long", 200).contains("200"));
    }

    private static void assertBadParameter(String parameter, String code, Runnable call) {
        ProblemException problem = assertThrows(ProblemException.class, call::run);
        assertEquals(400, problem.status());
        assertEquals(List.of(parameter), problem.args());
        assertEquals(parameter, problem.violations().get(0).field());
        assertEquals(code, problem.violations().get(0).code());
    }
}
