package ca.quebec.catalogue.web;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.Metrics;
import ca.quebec.catalogue.testing.RawHttp;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * {@code /q/metrics}: HTTP requests by route template and status, and the catalogue's
 * own meters, moved by what the test does; no path a caller makes up becomes a series,
 * and no key appears.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class MetricsTest {

    private static final String HTTP = "http_server_requests_seconds_count";

    @Test
    void aSearchABulkAndASuggestionMoveTheirMeters() {
        String key = Keys.contributor("conservatoire");
        Metrics before = Metrics.read();

        api().get("/api/v1/search?q=libre").then().statusCode(200);
        api().get("/api/v1/search?kind=software").then().statusCode(200);
        api().get("/api/v1/suggest?q=lib").then().statusCode(200);
        // A version never declared before: each item changes the declaration, so the change log moves.
        String version = "9." + System.nanoTime() % 1_000_000;
        List<Map<String, Object>> items = new ArrayList<>();
        for (String software : List.of("gimp", "inkscape", "audacity")) {
            items.add(Map.of("software", software, "installations", "1-10", "versions", List.of(version)));
        }
        api(key).contentType("application/json").body(Map.of("mode", "merge", "usages", items))
                .post("/api/v1/organizations/conservatoire/usages/bulk").then().statusCode(200);

        Metrics after = Metrics.read();
        assertEquals(2, increase(before, after, HTTP, "method", "GET", "uri", "/api/v1/search", "status", "200", "outcome", "SUCCESS"),
                "two searches counted under the route template");
        assertEquals(1, increase(before, after, HTTP, "method", "POST", "uri", "/api/v1/organizations/{id}/usages/bulk", "status", "200"));
        assertEquals(1, increase(before, after, HTTP, "method", "GET", "uri", "/api/v1/suggest", "status", "200"));
        assertTrue(after.text().contains(
                "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/search\"}"),
                "the line as Prometheus reads it");

        // Search latency: a histogram per kind of search (with text or not), the service call timed.
        assertEquals(1, increase(before, after, "catalogue_search_seconds_count", "text", "true"));
        assertEquals(1, increase(before, after, "catalogue_search_seconds_count", "text", "false"));
        assertTrue(after.value("catalogue_search_seconds_sum", "text", "true") > before.value("catalogue_search_seconds_sum", "text", "true"));
        assertTrue(after.has("catalogue_search_seconds_bucket", "text", "true", "le", "+Inf"), "a histogram Prometheus can add up");
        assertEquals(1, increase(before, after, "catalogue_suggest_seconds_count"));
        assertTrue(after.has("catalogue_suggest_seconds_bucket", "le", "+Inf"));

        // Bulk sizes: one bulk of three items, with buckets at 10, 100, 1,000 and 5,000.
        assertEquals(1, increase(before, after, "catalogue_bulk_declaration_items_count", "mode", "merge"));
        assertEquals(3, increase(before, after, "catalogue_bulk_declaration_items_sum", "mode", "merge"));
        assertTrue(after.has("catalogue_bulk_declaration_items_bucket", "mode", "merge", "le", "5000.0"));
        assertTrue(after.has("catalogue_bulk_declaration_items_count", "mode", "replace"), "every mode is a series from the start");

        // The index followed the bulk's change-log rows before the request answered.
        assertTrue(increase(before, after, "catalogue_search_index_changes_applied_total") >= 3);
        assertEquals(0, after.value("catalogue_search_index_lag_changes"), "caught up");
        assertTrue(after.has("catalogue_search_index_lag_seconds"));
        assertTrue(after.value("catalogue_search_index_lag_seconds") >= 0 && after.value("catalogue_search_index_lag_seconds") < 30);
        assertTrue(after.value("catalogue_search_index_rebuild_seconds_count") >= 1, "the start-up rebuild");
        assertTrue(after.value("catalogue_search_index_rebuild_seconds_sum") > 0);
        assertTrue(after.value("catalogue_search_index_documents") > 500);

        // Webhooks: every outcome is a series from the start (WebhookDeliveryTest moves them).
        for (String outcome : List.of("delivered", "refused", "unanswered")) {
            assertTrue(after.has("catalogue_webhook_attempts_total", "outcome", outcome), outcome);
        }
        for (String outcome : List.of("delivered", "failed")) {
            assertTrue(after.has("catalogue_webhook_deliveries_total", "outcome", outcome), outcome);
        }
        // The connection pool and the JVM, for the platform team.
        assertTrue(after.has("agroal_active_count"), "the connection pool");
        assertTrue(after.has("jvm_memory_used_bytes"));

        // No key, nor anything that looks like one.
        for (String secret : List.of(key, Keys.ADMIN, "Bearer", "Authorization", "authorization")) {
            assertFalse(after.text().contains(secret), "metrics hold no " + secret);
        }
    }

    /**
     * Requests answered before a resource method matched them (OPTIONS, 405, refusals at the
     * edge, unknown paths) are counted under a template or a fixed name, never their raw path:
     * otherwise every id or made-up path a caller sends would be a series of its own.
     */
    @Test
    void aFormatMetricsCannotAnswerIsRefusedInWords() {
        badRequest().accept("application/xml").get("/q/metrics").then().statusCode(406).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/not-acceptable"));
        badRequest().accept("application/*").get("/q/metrics").then().statusCode(406);
        api().accept("text/plain").get("/q/metrics").then().statusCode(200);
    }

    @Test
    void theAnswerCachesSayHowOftenTheyAnswer() {
        // Twice the same question: the first is searched and written, the second sent as written
        // for the same snapshot, unless a write opened a new snapshot in between (then both are
        // computed, and the sums still move). The bytes are the same either way.
        Metrics before = Metrics.read();
        String first = api().get("/api/v1/search?q=cache%20de%20r%C3%A9ponses").then().statusCode(200).extract().asString();
        String second = api().get("/api/v1/search?q=cache%20de%20r%C3%A9ponses").then().statusCode(200).extract().asString();
        Metrics after = Metrics.read();
        assertEquals(first, second);
        double searched = increase(before, after, "catalogue_search_answers_computed_total")
                + increase(before, after, "catalogue_search_answers_cached_total");
        double written = increase(before, after, "catalogue_search_written_computed_total");
        double sent = increase(before, after, "catalogue_search_written_cached_total");
        assertTrue(written >= 1 && searched >= 1 && written + sent == 2 && searched == written,
                searched + " searched, " + written + " written, " + sent + " sent as written");
    }

    @Test
    void pathsACallerMakesUpNeverBecomeSeries() throws Exception {
        String nonce = "z" + UUID.randomUUID().toString().replace("-", "");
        given().options("/api/v1/software/" + nonce).then().statusCode(204);
        given().options("/logiciels/" + nonce).then().statusCode(204);
        given().header("Origin", "https://portail.exemple.qc.ca").header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/software/" + nonce + "b").then().statusCode(200);
        given().put("/api/v1/software/" + nonce).then().statusCode(405);
        badRequest().get("/api/v1/software/" + nonce).then().statusCode(404);
        given().get("/api/v1/" + nonce).then().statusCode(404);
        badRequest().get("/" + nonce + "/" + "a".repeat(5000)).then().statusCode(414);
        assertEquals(400, RawHttp.send("GET /" + nonce + "%zz HTTP/1.1", null, false).status());
        assertEquals(413, RawHttp.send("POST /api/v1/software/" + nonce + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2000000",
                null, false).status());

        Metrics metrics = Metrics.read();
        Set<String> uris = new TreeSet<>();
        metrics.samples().keySet().stream().filter(s -> s.name().startsWith("http_server_requests")).forEach(s -> uris.add(s.labels().get("uri")));
        assertFalse(uris.stream().anyMatch(u -> u.contains(nonce)), "no raw path: " + uris);
        assertTrue(metrics.has(HTTP, "method", "OPTIONS", "uri", "/api/v1/software/{id}", "status", "204"), uris.toString());
        assertTrue(metrics.has(HTTP, "method", "OPTIONS", "uri", "/logiciels/{id}", "status", "204"), uris.toString());
        assertTrue(metrics.has(HTTP, "method", "PUT", "uri", "/api/v1/software/{id}", "status", "405"), uris.toString());
        assertTrue(metrics.has(HTTP, "method", "POST", "uri", "/api/v1/software/{id}", "status", "413"), uris.toString());
        assertTrue(metrics.has(HTTP, "uri", "NOT_FOUND", "status", "404"), uris.toString());
        assertTrue(metrics.has(HTTP, "uri", RouteTemplates.UNMATCHED, "status", "414"), uris.toString());
        assertTrue(metrics.has(HTTP, "uri", RouteTemplates.UNMATCHED, "status", "400"), uris.toString());
        for (String uri : uris) {
            assertTrue(uri.startsWith("/") && !uri.contains(nonce) || uri.equals("NOT_FOUND") || uri.equals("root") || uri.equals("REDIRECTION"), uri);
        }
    }

    private static double increase(Metrics before, Metrics after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
