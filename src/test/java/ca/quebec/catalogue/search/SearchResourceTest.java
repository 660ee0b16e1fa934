package ca.quebec.catalogue.search;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import ca.quebec.catalogue.testing.Api;

/**
 * Search over HTTP on the seed, built from the database as in production: the
 * engine's own relevance table is SearchRelevanceTest; this checks the path from
 * the database to the answer.
 */
@QuarkusTest
class SearchResourceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "tableur                    | openoffice, libreoffice",
            "wordpres                   | wordpress",
            "outil de sondage           | limesurvey",
            "navigateur                 | firefox",
            "gestion documentaire       | alfresco",
            "postgress                  | postgresql",
            "éditeurs d’images          | gimp",
            "web browser                | firefox",
            "permis de loterie          | lottery-licence-manager",
            "Web Experience Toolkit     | web-experience-toolkit-wet" })
    void typedInAHurryFindsTheRightRecordFirst(String q, String expected) {
        List<String> ids = api().queryParam("q", q).queryParam("limit", 5).get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("data.id");
        List<String> wanted = List.of(expected.split(",\\s*"));
        assertTrue(ids.size() >= wanted.size() && wanted.contains(ids.get(0)), q + " gave " + ids);
        assertTrue(ids.containsAll(wanted), q + " gave " + ids);
    }

    @Test
    void aBodysNameFindsWhatItUsesAndOwns() {
        JsonPath transports = api().queryParam("q", "Ministère des Transports").queryParam("limit", 10).get("/api/v1/search").then()
                .statusCode(200).extract().jsonPath();
        for (String id : transports.<String> getList("data.id")) {
            api().get("/api/v1/software/" + id + "/usages/mtmdet").then().statusCode(200);
        }
        api().queryParam("q", "Ville de Montréal").queryParam("kind", "solution").get("/api/v1/search").then().statusCode(200)
                .body("data.id", hasItem("workit"));
        api().queryParam("q", "MTQ").get("/api/v1/search").then().statusCode(200).body("meta.total", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void hitsShowWhyTheyMatched() {
        api().queryParam("q", "sondage").get("/api/v1/search").then().statusCode(200)
                .body("data[0].id", equalTo("limesurvey"))
                .body("data[0].path", equalTo("/api/v1/software/limesurvey"))
                .body("data[0].score", notNullValue())
                .body("data[0].highlights.toString()", containsString("<mark>"));
    }

    @Test
    void langSendsOneLanguageOfDescriptionAndItsHighlight() {
        // "tableur" marks LibreOffice's French description, "spreadsheet" its English one.
        JsonPath both = api().queryParam("q", "tableur spreadsheet").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        Map<String, Object> hit = both.getMap("data.find { it.id == 'libreoffice' }");
        Map<?, ?> description = (Map<?, ?>) hit.get("description");
        assertTrue(description.get("fr") != null && description.get("en") != null, "both languages by default: " + description);
        Map<?, ?> marks = (Map<?, ?>) hit.get("highlights");
        assertTrue(marks.containsKey("description.fr") && marks.containsKey("description.en"), marks.keySet().toString());

        for (String lang : List.of("fr", "en")) {
            String other = lang.equals("fr") ? "en" : "fr";
            JsonPath one = api().queryParam("q", "tableur spreadsheet").queryParam("lang", lang).get("/api/v1/search").then().statusCode(200)
                    .extract().jsonPath();
            Map<String, Object> same = one.getMap("data.find { it.id == 'libreoffice' }");
            assertEquals(Map.of(lang, description.get(lang)), same.get("description"), lang);
            Map<?, ?> sameMarks = (Map<?, ?>) same.get("highlights");
            assertTrue(sameMarks.containsKey("description." + lang) && !sameMarks.containsKey("description." + other), lang + ": " + sameMarks);
            assertEquals(both.getList("data.id"), one.getList("data.id"), "the same hits, in the same order");
            assertEquals(both.getLong("meta.total"), one.getLong("meta.total"));
        }
    }

    @Test
    void facetsAgreeWithFilteredTotals() {
        JsonPath all = api().queryParam("q", "serveur").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> kinds = all.getList("meta.facets.kind");
        long sum = kinds.stream().mapToLong(k -> ((Number) k.get("count")).longValue()).sum();
        assertEquals(all.getLong("meta.total"), sum);
        Map<String, Object> firstCategory = all.<Map<String, Object>> getList("meta.facets.category").get(0);
        int filtered = api().queryParam("q", "serveur").queryParam("category", firstCategory.get("value")).get("/api/v1/search").then()
                .statusCode(200).body("data.kind", everyItem(notNullValue()))
                // Each facet ignores its own filter: the category facet still lists the other categories.
                .body("meta.facets.category.size()", equalTo(all.getList("meta.facets.category").size()))
                .extract().path("meta.total");
        assertEquals(((Number) firstCategory.get("count")).intValue(), filtered);
        assertTrue(all.getString("meta.facets.category[0].label.fr") != null);
    }

    @Test
    void pagesHoldEveryHitOnce() {
        List<String> ids = Api.walk("/api/v1/search?q=linux&limit=7");
        int total = api().get("/api/v1/search?q=linux").then().extract().path("meta.total");
        assertEquals(total, ids.size());
        assertEquals(total, new HashSet<>(ids).size());
        assertEquals(452 + 67, (int) api().get("/api/v1/search?limit=1").then().extract().path("meta.total"));
    }

    @Test
    void suggestCompletesNamesBodiesAndCategories() {
        api().get("/api/v1/suggest?q=libre").then().statusCode(200)
                .body("data.size()", lessThanOrEqualTo(10))
                .body("data.id", hasItem("libreoffice"));
        api().get("/api/v1/suggest?q=SAAQ").then().statusCode(200).body("data.id", hasItem("saaq"))
                .body("data.find { it.id == 'saaq' }.kind", equalTo("organization"));
        api().get("/api/v1/suggest?q=naviga").then().statusCode(200).body("data.id", hasItem("navigateur-web"));
        api().get("/api/v1/suggest").then().statusCode(200).body("data.size()", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "kind=program, kind", "category=nope, category", "licence=GPL-9, licence", "organization=nobody, organization",
            "owner=nobody, owner", "osiApproved=maybe, osiApproved", "sort=popularity, sort", "limit=500, limit",
            "developmentStatus=done, developmentStatus", "platform=amiga, platform", "cursor=xyz, cursor", "lang=de, lang",
            "lang=FR, lang" })
    void badParametersAre400(String query, String field) {
        badRequest().get("/api/v1/search?q=linux&" + query).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void oddTextIsNeverAnError() {
        for (String q : List.of("\"unbalanced", "AND OR NOT", "a*?~^", "(((", "l'", "---", "日本語", "x".repeat(200))) {
            api().queryParam("q", q).get("/api/v1/search").then().statusCode(200);
        }
        badRequest().queryParam("q", "x".repeat(201)).get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }
}
