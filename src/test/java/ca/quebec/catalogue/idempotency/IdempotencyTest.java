package ca.quebec.catalogue.idempotency;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;
import ca.quebec.catalogue.web.ConcurrencyTest;

/** A retried POST with the same Idempotency-Key creates one record and gets the first answer again. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class IdempotencyTest {

    static Map<String, Object> body(String name) {
        return Map.of("name", name, "description", Map.of("fr", "Outil de réservation de salles."));
    }

    @Test
    void aRetryReplaysTheFirstAnswer() {
        String key = Keys.contributor("musee-de-la-civilisation");
        String idempotencyKey = UUID.randomUUID().toString();
        var first = api(key).header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body(body("Réservation Salles")).post("/api/v1/software").then().statusCode(201).extract();
        var again = api(key).header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body(body("Réservation Salles")).post("/api/v1/software").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertEquals(first.path("id"), (Object) again.path("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.asString(), again.asString());
        api(key).get("/api/v1/software?status=submitted&limit=100").then()
                .body("data.findAll { it.name == 'Réservation Salles' }.size()", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = Keys.contributor("musee-de-la-civilisation");
        String idempotencyKey = UUID.randomUUID().toString();
        api(key).header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body(body("Prêt Équipement")).post("/api/v1/software").then().statusCode(201);
        badRequest(key).header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body(body("Autre Chose")).post("/api/v1/software").then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        api().get("/api/v1/software?limit=100").then().body("data.findAll { it.name == 'Autre Chose' }.size()", equalTo(0));
    }

    @Test
    void aRefusedRequestStoresNothingSoTheCorrectedOneCanUseTheKey() {
        String key = Keys.contributor("musee-de-la-civilisation");
        String idempotencyKey = UUID.randomUUID().toString();
        badRequest(key).header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body(Map.of("name", "Inventaire Des Collections")).post("/api/v1/software").then().statusCode(422);
        api(key).header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body(body("Inventaire Des Collections")).post("/api/v1/software").then().statusCode(201);
    }

    @Test
    void keysBelongToTheirCaller() {
        String idempotencyKey = UUID.randomUUID().toString();
        String first = asContributor("mnbaq").header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body(body("Catalogue Des Oeuvres")).post("/api/v1/software").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        // Another caller's same key is another request altogether: a submission of its own, not a replay of the first
        // (which that caller cannot see, so it is no duplicate of anything it knows).
        String second = asContributor("macm").header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body(body("Catalogue Des Oeuvres")).post("/api/v1/software").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        assertNotEquals(first, second);
    }

    @Test
    void parallelRetriesWithOneKeyCreateOneRecord() throws Exception {
        String key = Keys.contributor("criq");
        String idempotencyKey = UUID.randomUUID().toString();
        List<Integer> statuses = ConcurrencyTest.race(i -> api(key).header("Idempotency-Key", idempotencyKey)
                .contentType("application/json").body(body("Essais Industriels")).post("/api/v1/software").statusCode());
        assertEquals(ConcurrencyTest.WRITERS, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        api(key).get("/api/v1/software?status=submitted&limit=100").then()
                .body("data.findAll { it.name == 'Essais Industriels' }.size()", equalTo(1));
    }

    @Test
    void aBadKeyIsRefused() {
        badRequest(Keys.contributor("criq")).header("Idempotency-Key", "x".repeat(201)).contentType("application/json")
                .body(body("Clé Trop Longue")).post("/api/v1/software").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
