package ca.quebec.catalogue.reconciliation;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import ca.quebec.catalogue.testing.WritesProfile;

/**
 * /api/v1/reconcile against the W3C Reconciliation Service API 0.2: the manifest,
 * batches by GET and by form POST (as OpenRefine sends them), types, limits, the
 * view template, refusals of malformed batches, and only published records.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ReconcileResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String batch(Map<String, Object> queries) throws Exception {
        return JSON.writeValueAsString(queries);
    }

    @Test
    void theManifestSaysWhatTheServiceIs() {
        JsonPath manifest = api().get("/api/v1/reconcile").then().statusCode(200).extract().jsonPath();
        assertTrue(manifest.getList("versions").contains("0.2"));
        assertTrue(manifest.getString("name").contains("Catalogue"));
        assertTrue(manifest.getString("identifierSpace").startsWith("http"));
        assertTrue(manifest.getString("schemaSpace").startsWith("http"));
        assertEquals(List.of("software", "solution"), manifest.getList("defaultTypes.id"));
        assertTrue(manifest.getString("view.url").contains("{{id}}"));
        assertEquals(ReconciliationService.BATCH_MAX, manifest.getInt("batchSize"));
    }

    /** The specification's minimal batch, with our names: keyed results, each a list of candidates. */
    @Test
    void aBatchByGetAndByFormPostGetsTheSameAnswer() throws Exception {
        String queries = batch(Map.of("q1", Map.of("query", "GIMP"), "q2", Map.of("query", "Mozilla Firefox ESR 115.6.0esr (x64 fr)")));
        String byGet = api().queryParam("queries", queries).get("/api/v1/reconcile").then().statusCode(200)
                .body("q1.result[0].id", equalTo("software:gimp")).body("q1.result[0].match", equalTo(true))
                .body("q1.result[0].score", equalTo(100.0f)).body("q1.result[0].type[0].id", equalTo("software"))
                .body("q2.result[0].id", equalTo("software:firefox")).body("q2.result[0].match", equalTo(true))
                .extract().asString();
        String byPost = api().contentType("application/x-www-form-urlencoded").formParam("queries", queries).post("/api/v1/reconcile")
                .then().statusCode(200).extract().asString();
        assertEquals(JSON.readTree(byGet), JSON.readTree(byPost));
    }

    @Test
    void typesRestrictAndLimitsBound() throws Exception {
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("software", Map.of("query", "gestion", "type", "software", "limit", 3));
        queries.put("solutions", Map.of("query", "gestion", "type", List.of("solution"), "limit", 2));
        queries.put("full", Map.of("query", "Christel Hanewinckel", "type", "software", "limit", 5,
                "properties", List.of(Map.of("pid", "professionOrOccupation", "v", "Politik*")), "type_strict", "should"));
        api().queryParam("queries", batch(queries)).get("/api/v1/reconcile").then().statusCode(200)
                .body("software.result.size()", lessThanOrEqualTo(3)).body("solutions.result.size()", lessThanOrEqualTo(2))
                .body("software.result.type.id.flatten()", everyItem(equalTo("software")))
                .body("solutions.result.type.id.flatten()", everyItem(equalTo("solution")))
                .body("solutions.result.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("full.result", hasSize(0));
    }

    @Test
    void aNeighbourIsNeverAMatch() throws Exception {
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("tortoise", Map.of("query", "TortoiseGit 2.15.0.0 (64 bit)"));
        queries.put("chrome", Map.of("query", "Google Chrome"));
        queries.put("java", Map.of("query", "Java 8 Update 351 (64-bit)"));
        given().queryParam("queries", batch(queries)).get("/api/v1/reconcile").then().statusCode(200)
                .body("tortoise.result.match", everyItem(equalTo(false))).body("chrome.result.match", everyItem(equalTo(false)))
                .body("java.result.match", everyItem(equalTo(false)));
    }

    @Test
    void anIdAsQueryFindsItsRecordAndTheViewLeadsToIt() throws Exception {
        api().queryParam("queries", batch(Map.of("q0", Map.of("query", "software:gimp")))).get("/api/v1/reconcile").then()
                .statusCode(200).body("q0.result[0].id", equalTo("software:gimp")).body("q0.result[0].match", equalTo(true));
        given().redirects().follow(false).get("/api/v1/reconcile/records/software:gimp").then().statusCode(303)
                .header("Location", containsString("/api/v1/software/gimp"));
        badRequest().redirects().follow(false).get("/api/v1/reconcile/records/software:no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnpublishedRecordIsNeverACandidate() throws Exception {
        asContributor("mern").contentType("application/json")
                .body(Map.of("name", "Témoin Réconciliable Caché", "description", Map.of("fr", "Une soumission qui doit rester cachée.")))
                .post("/api/v1/software").then().statusCode(201);
        api().queryParam("queries", batch(Map.of("q0", Map.of("query", "Témoin Réconciliable Caché")))).get("/api/v1/reconcile")
                .then().statusCode(200).body("q0.result.id", org.hamcrest.Matchers.not(hasItem(containsString("temoin-reconciliable"))));
        // Not even for the body that submitted it: reconciliation is public and shows what is published.
        asContributor("mern").queryParam("queries", batch(Map.of("q0", Map.of("query", "Témoin Réconciliable Caché"))))
                .get("/api/v1/reconcile").then().statusCode(200)
                .body("q0.result.id", org.hamcrest.Matchers.not(hasItem(containsString("temoin-reconciliable"))));
    }

    @Test
    void aBatchOf500LinesIsAnswered() throws Exception {
        List<MatcherPrecisionTest.Row> rows = MatcherPrecisionTest.rows("lines.tsv");
        Map<String, Object> queries = new LinkedHashMap<>();
        for (int i = 0; i < 500; i++) {
            queries.put("q" + i, Map.of("query", rows.get(i % rows.size()).line()));
        }
        JsonPath answer = api().contentType("application/x-www-form-urlencoded").formParam("queries", batch(queries))
                .post("/api/v1/reconcile").then().statusCode(200).extract().jsonPath();
        assertEquals(500, answer.getMap("").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON                  | {q0:                                          | queries",
            "an array                  | [{\"query\": \"gimp\"}]                       | queries",
            "a query that is a string  | {\"q0\": \"gimp\"}                            | queries/q0",
            "no query nor properties   | {\"q0\": {\"limit\": 3}}                      | queries/q0",
            "an empty query            | {\"q0\": {\"query\": \"\"}}                   | queries/q0/query",
            "an unknown type           | {\"q0\": {\"query\": \"gimp\", \"type\": \"person\"}} | queries/q0/type",
            "a limit of zero           | {\"q0\": {\"query\": \"gimp\", \"limit\": 0}}  | queries/q0/limit",
            "a limit too large         | {\"q0\": {\"query\": \"gimp\", \"limit\": 500}} | queries/q0/limit",
            "an unknown field          | {\"q0\": {\"query\": \"gimp\", \"lang\": \"fr\"}} | queries/q0/lang",
            "a bad type_strict         | {\"q0\": {\"query\": \"gimp\", \"type_strict\": \"most\"}} | queries/q0/type_strict",
            "a property without v      | {\"q0\": {\"query\": \"gimp\", \"properties\": [{\"pid\": \"x\"}]}} | queries/q0/properties" })
    void aMalformedBatchIsA400NamingWhere(String why, String queries, String field) {
        badRequest().queryParam("queries", queries).get("/api/v1/reconcile").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        badRequest().header("Accept-Language", "en").contentType("application/x-www-form-urlencoded").formParam("queries", queries)
                .post("/api/v1/reconcile").then().statusCode(400).header("Content-Language", "en").body("errors[0].field", equalTo(field));
    }

    @Test
    void aFormWithoutQueriesIsRefused() {
        badRequest().contentType("application/x-www-form-urlencoded").formParam("other", "x").post("/api/v1/reconcile").then()
                .statusCode(400).body("errors[0].field", equalTo("queries"));
    }
}
