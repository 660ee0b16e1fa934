package ca.quebec.catalogue.portal;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The portal's pages, read as a browser's parser reads them (jsoup): every page type
 * in French and English from the seed, with its language, title, one heading,
 * canonical address and twin; search and facets driven by submitting the page's own
 * GET form, as a browser without JavaScript does; refusals as HTML pages; the site map.
 * Answers go through the contract check, like the API's.
 */
@QuarkusTest
class PortalPagesTest {

    /** Each page type: its French and English address. */
    static final Map<String, String> TWINS = new LinkedHashMap<>();

    static {
        TWINS.put("/", "/en/");
        TWINS.put("/recherche?q=libreoffice", "/en/search?q=libreoffice");
        TWINS.put("/logiciels/libreoffice", "/en/software/libreoffice");
        TWINS.put("/solutions/alexa-gc-recalls", "/en/solutions/alexa-gc-recalls");
        TWINS.put("/organismes/sct", "/en/organizations/sct");
        TWINS.put("/categories/suite-bureautique-et-collaboration", "/en/categories/suite-bureautique-et-collaboration");
        TWINS.put("/statistiques", "/en/statistics");
    }

    static Document page(String path) {
        return page(path, 200);
    }

    static Document page(String path, int status) {
        // The paths are written as a browser sends them (a form writes a space as "+"): sent as they are.
        ExtractableResponse<Response> answer = (status == 200 ? api() : badRequest()).urlEncodingEnabled(false).get(path).then().extract();
        assertEquals(status, answer.statusCode(), path + ": " + answer.asString());
        assertTrue(answer.contentType().startsWith("text/html"), path + ": " + answer.contentType());
        String csp = answer.header("Content-Security-Policy");
        assertNotNull(csp, path + ": a Content-Security-Policy");
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("*"), csp);
        return Jsoup.parse(answer.asString(), "http://localhost" + path);
    }

    @Test
    void everyPageTypeRendersInFrenchAndEnglishWithItsTwin() {
        TWINS.forEach((fr, en) -> {
            checkFrame(fr, "fr", en);
            checkFrame(en, "en", fr);
        });
    }

    /** What every page has: language, title, one h1, canonical, twin, language switch, skip link, landmarks, labels, nothing inline. */
    static void checkFrame(String path, String lang, String twin) {
        Document page = page(path);
        String where = path + ": ";
        assertEquals(lang, page.selectFirst("html").attr("lang"), where + "lang");
        assertFalse(page.title().isBlank(), where + "title");
        assertEquals(1, page.select("h1").size(), where + "exactly one h1");
        assertTrue(page.title().contains(page.selectFirst("h1").text()) || !page.select("h1").text().isBlank(), where + "h1");
        assertEquals(path, relative(page.selectFirst("link[rel=canonical]").attr("href")), where + "canonical");
        Element alternate = page.selectFirst("link[rel=alternate][hreflang=" + (lang.equals("fr") ? "en" : "fr") + "]");
        assertNotNull(alternate, where + "hreflang twin");
        assertEquals(twin, relative(alternate.attr("href")), where + "hreflang twin");
        assertEquals(path, relative(page.selectFirst("link[rel=alternate][hreflang=" + lang + "]").attr("href")), where + "hreflang self");
        assertEquals(twin, page.selectFirst("#language-switch").attr("href"), where + "language switch");
        Element skip = page.selectFirst("a.skip-link");
        assertEquals("#main", skip.attr("href"), where + "skip link");
        assertNotNull(page.selectFirst("main#main"), where + "main");
        for (String landmark : List.of("header", "nav", "main", "footer")) {
            assertEquals(1, page.select("body " + landmark).size() - page.select("body " + landmark + " " + landmark).size(),
                    where + landmark);
        }
        for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
            boolean labelled = !control.id().isEmpty() && page.selectFirst("label[for=" + control.id() + "]") != null
                    || control.hasAttr("aria-label");
            assertTrue(labelled, where + "a label for " + control);
        }
        assertTrue(page.select("[style], style").isEmpty(), where + "no inline style");
        for (Element script : page.select("script")) {
            assertTrue(script.hasAttr("src") && script.data().isBlank(), where + "no inline script");
            assertTrue(script.attr("src").startsWith("/"), where + "scripts from the service only");
        }
        for (Element sheet : page.select("link[rel=stylesheet]")) {
            assertTrue(sheet.attr("href").startsWith("/"), where + "styles from the service only");
        }
    }

    private static String relative(String absolute) {
        URI uri = URI.create(absolute);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void theCssAndTheScriptAreServedByTheService() {
        api().get("/portal/portal.css").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/css"));
        api().get("/portal/portal.js").then().statusCode(200);
        // The page names its icon, so that browsers do not ask for /favicon.ico (a 404 on every visit).
        api().get("/portal/favicon.svg").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("image/svg+xml"));
        String css = api().get("/portal/portal.css").then().extract().asString();
        assertTrue(css.contains("@media print") && css.contains(":focus-visible") && css.contains("@media (max-width"), "print, focus, phone");
    }

    @Test
    void theRecordPagesShowWhatTheApiSays() {
        Document software = page("/logiciels/libreoffice");
        assertEquals("LibreOffice", software.selectFirst("h1").text());
        assertTrue(software.select("#facts").text().contains("MPL-2.0"), "licence");
        assertFalse(software.select("#usages table tbody tr").isEmpty(), "the bodies that use it");
        assertTrue(software.select("#usages a[href^=/organismes/]").size() > 5, "links to the bodies");
        Document english = page("/en/software/libreoffice");
        assertTrue(english.select("#usages a[href^=/en/organizations/]").size() > 5, "English links stay English");

        Document solution = page("/solutions/alexa-gc-recalls");
        assertEquals("/api/v1/solutions/alexa-gc-recalls/publiccode.yml", solution.selectFirst("#publiccode").attr("href"));
        assertTrue(solution.select("#facts a[href=/organismes/tc]").size() == 1, "the owner");
        assertTrue(solution.select("#contacts").text().contains("Transports Canada"), "a public contact");
        api().get(solution.selectFirst("#publiccode").attr("href")).then().statusCode(200);

        Document body = page("/organismes/sct");
        assertFalse(body.select("#uses tbody tr").isEmpty(), "what the body uses");
        assertTrue(body.select("#uses a[href^=/logiciels/]").size() > 0, "links to software pages");

        Document stats = page("/en/statistics");
        for (Element chart : stats.select("section.chart-block")) {
            Element svg = chart.selectFirst("svg[role=img]");
            assertNotNull(svg, "a chart drawn on the server");
            assertFalse(svg.attr("aria-labelledby").isBlank(), "the chart is named");
            assertEquals(svg.select("rect.bar").size(), chart.select("table tbody tr").size(), "a table with the chart's numbers");
        }
        assertEquals(3, stats.select("section.chart-block").size());
    }

    /** The form as a browser without JavaScript submits it: every named field, the ticked checkboxes, to its action, by GET. */
    static String submit(Element form, Map<String, String> typed, Set<String> tick) {
        assertEquals("get", form.attr("method").toLowerCase());
        List<String> pairs = new ArrayList<>();
        for (Element input : form.select("input[name]")) {
            String name = input.attr("name");
            if (input.attr("type").equals("checkbox")) {
                if (input.hasAttr("checked") || tick.contains(input.id())) {
                    pairs.add(name + "=" + java.net.URLEncoder.encode(input.attr("value"), java.nio.charset.StandardCharsets.UTF_8));
                }
            } else {
                String value = typed.getOrDefault(name, input.attr("value"));
                pairs.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return form.attr("action") + "?" + String.join("&", pairs);
    }

    static Set<String> kinds(Document results) {
        Set<String> kinds = new TreeSet<>();
        results.select("#hits > li").forEach(hit -> kinds.add(hit.attr("data-kind")));
        return kinds;
    }

    @Test
    void searchAndFacetsWorkByPlainFormSubmission() {
        Document home = page("/");
        String first = submit(home.selectFirst("form#search-form"), Map.of("q", "serveur web"), Set.of());
        assertTrue(first.startsWith("/recherche?q=serveur+web"), first);
        Document results = page(first);
        assertTrue(results.select("#hits > li").size() > 1, "results");
        assertTrue(results.select("#hits mark").size() > 0, "matched words are marked");
        assertTrue(results.selectFirst("#result-count").text().matches(".*\\d+ résultats.*"), results.selectFirst("#result-count").text());
        assertEquals("serveur web", results.selectFirst("input#q").attr("value"), "the text stays in the box");

        // Tick "software" in the kind facet and apply: only software comes back, and the box stays ticked.
        Element software = results.selectFirst("#facet-kind input[value=software]");
        assertNotNull(software, "a kind facet");
        Document filtered = page(submit(results.selectFirst("form#search-form"), Map.of(), Set.of(software.id())));
        assertEquals(Set.of("software"), kinds(filtered));
        assertTrue(filtered.selectFirst("#facet-kind input[value=software]").hasAttr("checked"));
        assertEquals(1, filtered.select("#active-filters li").size(), "the filter in force, with a link that removes it");

        // A category facet's plain link filters the same way as its checkbox.
        Element category = filtered.selectFirst("#facet-category li");
        String value = category.selectFirst("input").attr("value");
        Document byLink = page(category.selectFirst("a.facet-link").attr("href"));
        Document byBox = page(submit(filtered.selectFirst("form#search-form"), Map.of(), Set.of(category.selectFirst("input").id())));
        assertEquals(ids(byLink), ids(byBox), "link and checkbox give the same results");
        assertTrue(byBox.selectFirst("#facet-category input[value=" + value + "]").hasAttr("checked"));
        assertFalse(ids(byBox).isEmpty());

        // Removing the filters by their links comes back to the unfiltered results.
        Document removed = page(byBox.selectFirst("#facet-kind input[checked] ~ a.facet-link").attr("href"));
        assertFalse(removed.selectFirst("#facet-kind input[value=software]").hasAttr("checked"));
    }

    private static List<String> ids(Document results) {
        return results.select("#hits > li").eachAttr("id");
    }

    @Test
    void resultsArePagedWithPlainLinks() {
        Document first = page("/en/search?q=");
        assertEquals(20, first.select("#hits > li").size());
        Element next = first.selectFirst("#pagination a[rel=next]");
        assertNotNull(next);
        Document second = page(next.attr("href"));
        assertEquals("21", second.selectFirst("#hits").attr("start"));
        assertTrue(java.util.Collections.disjoint(ids(first), ids(second)), "no record twice");
        assertEquals("2", second.selectFirst("#pagination a[aria-current=page]").text().replaceAll("\\D", ""));
        Element last = second.select("#pagination a:not([rel])").last();
        Document end = page(last.attr("href"));
        assertNull(end.selectFirst("#pagination a[rel=next]"), "the last page has no next");
    }

    private static void assertNull(Object value, String message) {
        assertTrue(value == null, message);
    }

    @Test
    void badInputIsAn4xxPageNeverA500() {
        for (String path : List.of("/recherche?page=0", "/recherche?page=-1", "/recherche?page=abc", "/recherche?page=99999",
                "/recherche?zzz=1", "/recherche?kind=bogus", "/recherche?kind=software&kind=solution", "/recherche?category=nope",
                "/recherche?licence=NOT-A-LICENCE", "/recherche?organization=nope", "/recherche?q=" + "a".repeat(201),
                "/en/search?developmentStatus=ripe", "/?q=x", "/statistiques?page=2")) {
            Document page = page(path, 400);
            assertEquals(path.startsWith("/en/") ? "en" : "fr", page.selectFirst("html").attr("lang"), path);
            assertEquals(1, page.select("h1").size(), path);
            assertFalse(page.select("#error-detail").text().isBlank(), path + ": says why");
        }
        for (String path : List.of("/logiciels/nope", "/en/software/nope", "/solutions/nope", "/organismes/nope", "/categories/nope",
                "/en/categories/nope", "/nope", "/en/nope", "/logiciels", "/a/b/c")) {
            Document page = page(path, 404);
            assertEquals(path.startsWith("/en/") ? "en" : "fr", page.selectFirst("html").attr("lang"), path);
            assertTrue(page.selectFirst("h1").text().contains(path.startsWith("/en/") ? "not found" : "introuvable"), path);
        }
        // The API keeps its problem+json.
        io.restassured.RestAssured.given().get("/api/v1/nope").then().statusCode(404).contentType("application/problem+json");
        badRequest().get("/api/v1/software/nope").then().statusCode(404).contentType("application/problem+json");
        // A client that reads no HTML is told so in the API's words.
        badRequest().accept("application/json").get("/recherche").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void theSiteMapListsThePublicPagesInBothLanguages() {
        String xml = api().get("/sitemap.xml").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/xml"))
                .extract().asString();
        Document map = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> locations = map.select("url > loc").eachText().stream().map(PortalPagesTest::relative).toList();
        assertTrue(locations.contains("/logiciels/libreoffice") && locations.contains("/en/software/libreoffice"));
        assertTrue(locations.contains("/organismes/sct") && locations.contains("/en/organizations/sct"));
        assertTrue(locations.contains("/") && locations.contains("/en/") && locations.contains("/statistiques"));
        assertEquals(locations.size(), new TreeSet<>(locations).size(), "each page once");
        long records = api().get("/api/v1/search?limit=1").then().extract().jsonPath().getLong("meta.total");
        long pages = locations.stream().filter(l -> l.matches("/(logiciels|solutions)/.*")).count();
        assertEquals(records, pages, "every published record, once per language");
        for (String sample : List.of(locations.get(0), locations.get(locations.size() / 2), locations.get(locations.size() - 1))) {
            api().get(sample).then().statusCode(200);
        }
    }
}
