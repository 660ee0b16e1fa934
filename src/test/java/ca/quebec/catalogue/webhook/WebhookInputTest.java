package ca.quebec.catalogue.webhook;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Fingerprint;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * Subscribing, as the service runs in production: private targets are refused (the
 * profile does not set catalogue.webhooks.allow-private-targets), and bad input is a
 * problem that names the field, in French or English, and writes nothing.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class WebhookInputTest {

    private static String key;

    @Inject
    Fingerprint fingerprint;

    @BeforeEach
    void aKeyOfItsOwn() {
        if (key == null) {
            key = Keys.issue("mern", "contributor", "webhook input tests");
        }
    }

    private static Map<String, Object> subscription(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("events", List.of("record.created"));
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "http://1.1.1.1/hooks", "https://127.0.0.1/hooks", "https://10.0.0.1/hooks", "https://[::1]/hooks",
            "https://169.254.169.254/latest/meta-data", "https://localhost/hooks", "https://[::ffff:127.0.0.1]/hooks",
            "https://0.0.0.0/hooks", "https://192.168.0.10:8443/hooks", "https://[fd12:3456::1]/hooks" })
    void aTargetOffThePublicInternetOrWithoutHttpsIsRefusedAndNothingIsWritten(String url) {
        String before = fingerprint.take();
        badRequest(key).contentType("application/json").body(subscription(url)).post("/api/v1/webhooks").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("/url"))
                .body("errors[0].code", startsWith(url.startsWith("http:") ? "webhook-https" : "webhook-private-target"));
        assertEquals(before, fingerprint.take(), "a refused subscription writes nothing");
    }

    @Test
    void theRefusalSaysWhyInFrenchOrInEnglish() {
        badRequest(key).contentType("application/json").body(subscription("https://10.0.0.1/hooks")).post("/api/v1/webhooks").then()
                .statusCode(422).header("Content-Language", "fr")
                .body("errors[0].message", containsString("n’est pas une adresse publique"));
        badRequest(key).header("Accept-Language", "en").contentType("application/json").body(subscription("http://1.1.1.1/hooks"))
                .post("/api/v1/webhooks").then().statusCode(422).header("Content-Language", "en")
                .body("errors[0].message", equalTo("An https URL is required: events do not travel in clear text."));
    }

    @Test
    void aPublicHttpsTargetIsAcceptedAndTheSecretShownOnce() {
        var created = api(key).contentType("application/json").body(subscription("https://1.1.1.1/hooks")).post("/api/v1/webhooks")
                .then().statusCode(201).header("Cache-Control", "no-store")
                .body("secret", startsWith("whsec_")).body("status", equalTo("active")).extract();
        String id = created.path("id");
        api(key).get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue()).body("url", equalTo("https://1.1.1.1/hooks"));
        // Nothing is to be sent to a real address from a test run.
        api(key).delete("/api/v1/webhooks/" + id).then().statusCode(200).body("status", equalTo("disabled"))
                .body("disabledReason", equalTo("deleted"));
    }

    @Test
    void everyBadValueIsNamedByItsPointer() {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://1.1.1.1/hooks");
        body.put("events", List.of("record.created", "record.exploded", "record.created"));
        body.put("filter", Map.of("organization", "pas-un-organisme", "kind", "logiciel", "software", "gimp", "solution", "x",
                "category", "pas-une-categorie"));
        String before = fingerprint.take();
        badRequest(key).contentType("application/json").body(body).post("/api/v1/webhooks").then().statusCode(422)
                .body("errors.field", hasItems("/events/1", "/events/2", "/filter/organization", "/filter/kind", "/filter/solution",
                        "/filter/category"))
                .body("errors.find { it.field == '/events/1' }.code", equalTo("enum"))
                .body("errors.find { it.field == '/events/2' }.code", equalTo("duplicate"))
                .body("errors.find { it.field == '/filter/organization' }.code", equalTo("unknown-organization"));
        assertEquals(before, fingerprint.take());

        badRequest(key).contentType("application/json").body(Map.of("url", "https://1.1.1.1/hooks", "events", List.of()))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("/events"));
        badRequest(key).contentType("application/json").body(Map.of("events", List.of("record.created")))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("/url"))
                .body("errors[0].code", equalTo("required"));
        badRequest(key).contentType("application/json").body(Map.of("url", "https://1.1.1.1/hooks", "events", List.of("record.created"),
                "secret", "whsec_mine")).post("/api/v1/webhooks").then().statusCode(422)
                .body("errors[0].field", equalTo("/secret")).body("errors[0].code", equalTo("unknown-field"));
        badRequest(key).contentType("application/json").body("{\"url\": ").post("/api/v1/webhooks").then().statusCode(400);
    }

    @Test
    void aRecordFilterNamesARecordTheKeyMaySee() {
        String other = Keys.issue("mtess", "contributor", "webhook input tests, other body");
        String hidden = api(other).contentType("application/json").body(Map.of("name", "Registre caché des essais webhook",
                "description", Map.of("fr", "Une soumission que seul son organisme voit."))).post("/api/v1/software").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> body = subscription("https://1.1.1.1/hooks");
        body.put("filter", Map.of("software", hidden));
        badRequest(key).contentType("application/json").body(body).post("/api/v1/webhooks").then().statusCode(422)
                .body("errors[0].field", equalTo("/filter/software")).body("errors[0].code", equalTo("webhook-unknown-software"));
        body.put("filter", Map.of("kind", "solution", "software", "gimp"));
        badRequest(key).contentType("application/json").body(body).post("/api/v1/webhooks").then().statusCode(422)
                .body("errors[0].field", equalTo("/filter/software")).body("errors[0].code", equalTo("webhook-kind-conflict"));
    }

    @Test
    void withoutAKeyThereIsNoWebhook() {
        badRequest().contentType("application/json").body(subscription("https://1.1.1.1/hooks")).post("/api/v1/webhooks").then()
                .statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        badRequest().get("/api/v1/webhooks").then().statusCode(401);
        badRequest().get("/api/v1/webhooks/anything").then().statusCode(401);
        badRequest().delete("/api/v1/webhooks/anything").then().statusCode(401);
        badRequest().get("/api/v1/webhooks/anything/deliveries").then().statusCode(401);
        badRequest(key).get("/api/v1/webhooks/anything").then().statusCode(404).body("type", equalTo("/problems/not-found"));
        badRequest(key).get("/api/v1/webhooks?status=active").then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void theLimitsProblemTypeHasItsPage() {
        io.restassured.RestAssured.given().accept("application/json").get("/problems/too-many-webhooks").then().statusCode(200)
                .body("title.fr", equalTo("Trop d’abonnements")).body("about.en", containsString("409"));
    }
}
