package ca.quebec.catalogue.ratelimit;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import ca.quebec.catalogue.testing.Keys;

/**
 * Budgets per caller (RateLimitProfile: 5 reads, 3 searches, 4 writes, 3 refused keys,
 * refilled once a minute). Each test comes from addresses of its own, through the
 * trusted proxy on the loopback interface, so that tests do not spend each other's budgets.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RateLimitTest {

    private static final String PROBLEM = "application/problem+json";
    private static final byte[] YAML = "publiccodeYmlVersion: '0.4'\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void aBurstFromOneAddressMeets429WhileAnotherAddressIsServed() {
        for (int i = 0; i < 5; i++) {
            api().header("X-Forwarded-For", "203.0.113.10").get("/api/v1/licences").then().statusCode(200);
        }
        Response refused = badRequest().header("X-Forwarded-For", "203.0.113.10").get("/api/v1/licences");
        refused.then().statusCode(429).contentType(PROBLEM)
                .body("type", equalTo("/problems/rate-limited")).body("title", equalTo("Trop de requêtes"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));
        badRequest().header("X-Forwarded-For", "203.0.113.10").header("Accept-Language", "en").get("/api/v1/software").then()
                .statusCode(429).body("title", equalTo("Too many requests"));

        api().header("X-Forwarded-For", "203.0.113.11").get("/api/v1/licences").then().statusCode(200);
        // Counted by budget, for the platform's dashboards.
        String metrics = io.restassured.RestAssured.get("/q/metrics").asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("catalogue_rate_limited_total{budget=\"read\"}") && !l.endsWith(" 0.0")),
                "catalogue_rate_limited_total by budget");
    }

    @Test
    void searchesReadsAndWritesHaveBudgetsOfTheirOwn() {
        String from = "203.0.113.20";
        for (int i = 0; i < 3; i++) {
            api().header("X-Forwarded-For", from).queryParam("q", "libre").get("/api/v1/search").then().statusCode(200);
        }
        badRequest().header("X-Forwarded-For", from).queryParam("q", "lib").get("/api/v1/suggest").then().statusCode(429);
        api().header("X-Forwarded-For", from).get("/api/v1/licences").then().statusCode(200);

        String key = Keys.issue("inspq", "contributor", "limites d'écriture");
        for (int i = 0; i < 4; i++) {
            int status = api(key).header("X-Forwarded-For", from).contentType("application/x-yaml").body(YAML)
                    .post("/api/v1/publiccode/validate").statusCode();
            assertTrue(status == 200 || status == 422, "validation answered " + status);
        }
        badRequest().header("Authorization", "Bearer " + key).header("X-Forwarded-For", from).contentType("application/x-yaml")
                .body(YAML).post("/api/v1/publiccode/validate").then().statusCode(429)
                .body("type", equalTo("/problems/rate-limited"));
        api(key).header("X-Forwarded-For", from).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aKeySpendsItsOwnBudgetNotItsAddresss() {
        String from = "203.0.113.30";
        String first = Keys.issue("inspq", "contributor", "première clé");
        String second = Keys.issue("ramq", "contributor", "seconde clé");
        for (int i = 0; i < 5; i++) {
            api(first).header("X-Forwarded-For", from).get("/api/v1/me").then().statusCode(200).body("organization", equalTo("inspq"));
        }
        badRequest().header("Authorization", "Bearer " + first).header("X-Forwarded-For", from).get("/api/v1/me").then().statusCode(429);
        api(second).header("X-Forwarded-For", from).get("/api/v1/me").then().statusCode(200).body("organization", equalTo("ramq"));
        api().header("X-Forwarded-For", from).get("/api/v1/me").then().statusCode(200).body("authenticated", equalTo(false));
    }

    @Test
    void refusedKeysAreLimitedMoreTightlyByAddress() {
        String from = "203.0.113.40";
        for (int i = 0; i < 3; i++) {
            badRequest().header("Authorization", "Bearer qc_not-a-key-" + i).header("X-Forwarded-For", from).get("/api/v1/me").then()
                    .statusCode(401);
        }
        Response refused = badRequest().header("Authorization", "Bearer qc_not-a-key-4").header("X-Forwarded-For", from)
                .get("/api/v1/me");
        refused.then().statusCode(429).contentType(PROBLEM).body("type", equalTo("/problems/too-many-failed-sign-ins"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
        // No key from that address is looked at until the budget refills; anonymous reads still are served.
        badRequest().header("Authorization", "Bearer " + Keys.ADMIN).header("X-Forwarded-For", from).get("/api/v1/me").then()
                .statusCode(429);
        api().header("X-Forwarded-For", from).get("/api/v1/me").then().statusCode(200);
        // Another address is not affected.
        badRequest().header("Authorization", "Bearer qc_not-a-key").header("X-Forwarded-For", "203.0.113.41").get("/api/v1/me").then()
                .statusCode(401);
    }

    @Test
    void aForgedForwardedForLeftOfTheProxyIsIgnored() {
        // The proxy (loopback, trusted) appended the real client; what the client wrote to its left is not believed.
        for (int i = 0; i < 5; i++) {
            api().header("X-Forwarded-For", "198.51.100." + i + ", 203.0.113.50").get("/api/v1/categories").then().statusCode(200);
        }
        badRequest().header("X-Forwarded-For", "198.51.100.99, 203.0.113.50").get("/api/v1/categories").then().statusCode(429);
    }

    @Test
    void optionsAndHealthAreNeverLimited() {
        String from = "203.0.113.60";
        for (int i = 0; i < 8; i++) {
            assertEquals(204, api().header("X-Forwarded-For", from).options("/api/v1/software").statusCode());
            assertEquals(200, api().header("X-Forwarded-For", from).get("/q/health/ready").statusCode());
        }
        api().header("X-Forwarded-For", from).get("/api/v1/software").then().statusCode(200);
    }

    @Test
    void portalPagesSpendTheReadAndSearchBudgets() {
        String from = "203.0.113.70";
        for (int i = 0; i < 3; i++) {
            api().header("X-Forwarded-For", from).queryParam("q", "libre").accept("text/html").get("/recherche").then().statusCode(200);
        }
        badRequest().header("X-Forwarded-For", from).queryParam("q", "libre").accept("text/html").get("/recherche").then().statusCode(429)
                .contentType("text/html").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        api().header("X-Forwarded-For", from).accept("text/html").get("/").then().statusCode(200);
    }
}
