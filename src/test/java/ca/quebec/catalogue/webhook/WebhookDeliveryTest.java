package ca.quebec.catalogue.webhook;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.Metrics;
import ca.quebec.catalogue.visibility.RecordStatus;
import ca.quebec.catalogue.webhook.Receiver.Received;

/**
 * Webhooks delivered to a receiver on the loopback interface (the profile allows it),
 * with a retry window of six seconds instead of a day (long enough that a test which stops the worker for a second, on a loaded machine, does not see its pending delivery expire). Each test issues its own keys:
 * {@code Keys}' cache belongs to the WritesProfile database.
 */
@QuarkusTest
@TestProfile(WebhooksProfile.class)
class WebhookDeliveryTest {

    static final String[] ALL = { "record.created", "record.submitted", "record.updated", "record.approved", "record.rejected",
            "record.archived", "usage.declared", "usage.updated", "usage.withdrawn", "organization.created", "organization.updated" };
    static final String PRIVATE = "@prive.exemple.qc.ca";
    static final Duration SOON = Duration.ofSeconds(20);

    static Receiver receiver;

    @Inject
    WebhookWorker worker;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = Receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    static String key(String organization, String role) {
        return Keys.issue(organization, role, "webhook tests " + UUID.randomUUID());
    }

    /** Subscribes and returns {id, secret}. */
    static Map<String, String> subscribe(String key, String path, List<String> events, Map<String, Object> filter) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", receiver.url(path));
        body.put("events", events);
        if (filter != null) {
            body.put("filter", filter);
        }
        JsonPath created = api(key).contentType("application/json").body(body).post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath();
        return Map.of("id", created.getString("id"), "secret", created.getString("secret"));
    }

    static String createSoftware(String key, String name) {
        return api(key).contentType("application/json")
                .body(Map.of("name", name, "description", Map.of("fr", "Un logiciel créé par les essais des webhooks.")))
                .post("/api/v1/software").then().statusCode(201).extract().path("id");
    }

    static void archive(String curator, String kind, String id) {
        api(curator).contentType("application/json").body(Map.of("reason", "Fiche d’essai.")).post("/api/v1/" + kind + "/" + id + "/archive")
                .then().statusCode(200);
    }

    static JsonPath webhook(String key, String id) {
        return api(key).get("/api/v1/webhooks/" + id).then().statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> deliveries(String key, String id) {
        return api(key).get("/api/v1/webhooks/" + id + "/deliveries?limit=100").then().statusCode(200).extract().jsonPath().getList("data");
    }

    static void assertSigned(Received request, String secret) {
        assertTrue(request.signedWith(secret), "signature of " + request.id());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - request.timestamp()) < 300, "timestamp within five minutes");
        assertTrue(request.id().matches("msg_[0-9a-f-]{36}_[0-9]+"), request.id());
        assertEquals("application/json", request.headers().get("content-type"));
        JsonPath body = request.json();
        assertTrue(body.getString("type").matches("(record|usage|organization)\\.[a-z_]+"), body.getString("type"));
        assertTrue(body.getString("timestamp").matches("\\d{4}-\\d{2}-\\d{2}T.*"), body.getString("timestamp"));
        assertEquals(Long.parseLong(request.id().substring(request.id().lastIndexOf('_') + 1)), body.getLong("data.seq"));
    }

    // ---------------------------------------------------------------- visibility and signatures

    @Test
    void eachChangeArrivesOnceSignedToTheSubscriptionsWhoseKeyMaySeeItAndNeverWithAPrivateContact() {
        String owner = key("mern", "contributor");
        String other = key("mtess", "contributor");
        String curator = key("sct", "curator");
        Map<String, Map<String, String>> subscriptions = new HashMap<>();
        subscriptions.put("/owner", subscribe(owner, "/owner", List.of(ALL), null));
        subscriptions.put("/other", subscribe(other, "/other", List.of(ALL), null));
        subscriptions.put("/curator", subscribe(curator, "/curator", List.of(ALL), null));

        // The other body submits too: its own submission reaches it, never the owner's subscription.
        String otherSubmission = createSoftware(other, "Témoin webhook de l’autre organisme");
        Map<RecordStatus, String> ids = new HashMap<>();
        for (RecordStatus status : RecordStatus.values()) {
            String id = api(owner).contentType("application/json").body(solution(status)).post("/api/v1/solutions").then().statusCode(201)
                    .extract().path("id");
            ids.put(status, id);
            switch (status) {
                case PUBLISHED -> decide(curator, id, "approve", null);
                case REJECTED -> decide(curator, id, "reject", "Hors du périmètre.");
                case ARCHIVED -> {
                    decide(curator, id, "approve", null);
                    decide(curator, id, "archive", "Remplacée.");
                }
                default -> {
                }
            }
            api(owner).contentType("application/json")
                    .body(Map.of("status", "production", "contacts", List.of(Map.of("name", "Usager Privé", "email", "usager" + PRIVATE))))
                    .put("/api/v1/solutions/" + id + "/usages/mern").then().statusCode(201);
        }
        Set<String> witnesses = new TreeSet<>(ids.values());
        witnesses.add(otherSubmission);
        Function<String, List<Received>> about = path -> receiver.at(path).stream()
                .filter(r -> witnesses.contains(r.json().getString("data.id"))).toList();

        // Submitted 2, published 3, rejected 3, archived 4 (each with its usage): 12 for the owner, 13 for a curator.
        assertTrue(Receiver.await(() -> about.apply("/owner").size() >= 12 && about.apply("/curator").size() >= 13
                && about.apply("/other").size() >= 6, SOON), "every event arrived: " + about.apply("/other").size());
        Receiver.await(() -> false, Duration.ofSeconds(1)); // nothing more comes

        assertEquals(12, about.apply("/owner").size(), "the owner: its own four solutions, nothing of the other body's submission");
        assertEquals(13, about.apply("/curator").size());
        Set<String> otherSaw = about.apply("/other").stream().map(r -> r.json().getString("data.id")).collect(Collectors.toSet());
        assertEquals(Set.of(ids.get(RecordStatus.PUBLISHED), ids.get(RecordStatus.ARCHIVED), otherSubmission), otherSaw,
                "another body: public records and its own submission, never the owner's submitted or rejected ones");
        assertTrue(about.apply("/other").stream().anyMatch(r -> r.json().getString("type").equals("record.archived")));

        for (var subscription : subscriptions.entrySet()) {
            List<Received> requests = receiver.at(subscription.getKey());
            Map<String, Long> perId = requests.stream().collect(Collectors.groupingBy(Received::id, Collectors.counting()));
            perId.forEach((id, count) -> assertEquals(1L, count, id + " arrived once"));
            for (Received request : requests) {
                assertSigned(request, subscription.getValue().get("secret"));
                assertFalse(request.body().contains(PRIVATE), "no private email in " + request.body());
                assertFalse(request.body().contains("Personne Privée"), "no private name");
                assertFalse(request.body().contains("Usager Privé"), "no private name");
            }
        }
        // The public mailbox is there: redaction keeps what anonymous callers see.
        assertTrue(about.apply("/curator").stream().anyMatch(r -> r.body().contains("solutions@exemple.qc.ca")));
        // Deliveries, as their owner reads them.
        List<Map<String, Object>> delivered = deliveries(owner, subscriptions.get("/owner").get("id"));
        assertTrue(delivered.stream().allMatch(d -> d.get("status").equals("delivered") && d.get("attempts").equals(1)
                && d.get("lastStatusCode").equals(200)), delivered.toString());
    }

    private static void decide(String curator, String id, String decision, String reason) {
        api(curator).contentType("application/json").body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/api/v1/solutions/" + id + "/" + decision).then().statusCode(200);
    }

    private static Map<String, Object> solution(RecordStatus status) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Témoin webhook " + status.wire());
        body.put("description", Map.of("fr", "Une solution témoin pour vérifier qui reçoit quoi."));
        body.put("longDescription", Map.of("fr", "Cette solution témoin existe pour que les essais vérifient que chaque abonnement "
                + "ne reçoit que les changements que sa clé peut voir, et jamais les coordonnées privées d’une personne."));
        body.put("features", Map.of("fr", List.of("Témoigner")));
        body.put("licence", "MIT");
        body.put("repository", "https://git.exemple.qc.ca/temoin-webhook-" + status.wire());
        body.put("platforms", List.of("web"));
        body.put("developmentStatus", "beta");
        body.put("softwareType", "standalone/web");
        body.put("maintenance", Map.of("type", "internal"));
        body.put("availableLanguages", List.of("fr"));
        body.put("localisationReady", false);
        body.put("contacts", List.of(Map.of("name", "Personne Privée", "email", status.wire() + PRIVATE, "role", "responsable"),
                Map.of("name", "Boîte des solutions", "email", "solutions@exemple.qc.ca", "public", true)));
        return body;
    }

    // ---------------------------------------------------------------- retries

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdUntilA2xxThenNeverAgain() {
        String curator = key("sct", "curator");
        String id = createSoftware(curator, "Essai webhook reprises");
        Map<String, String> subscription = subscribe(curator, "/flaky", List.of("record.archived"), Map.of("software", id));
        receiver.answer("/flaky", 500, 503);
        archive(curator, "software", id);

        assertTrue(Receiver.await(() -> receiver.delivered("/flaky").size() == 1, SOON), "delivered after two failures");
        Receiver.await(() -> false, Duration.ofSeconds(1));
        List<Received> attempts = receiver.at("/flaky");
        assertEquals(List.of(500, 503, 200), attempts.stream().map(Received::answered).toList(), "no attempt after the 2xx");
        assertEquals(1, attempts.stream().map(Received::id).distinct().count(), "the same webhook-id every time");
        assertEquals(1, attempts.stream().map(Received::body).distinct().count(), "the same body every time");
        attempts.forEach(a -> assertSigned(a, subscription.get("secret")));
        assertEquals("record.archived", attempts.get(0).json().getString("type"));

        Map<String, Object> delivery = deliveries(curator, subscription.get("id")).get(0);
        assertEquals("delivered", delivery.get("status"));
        assertEquals(3, delivery.get("attempts"));
        assertEquals(200, delivery.get("lastStatusCode"));
        assertEquals(null, delivery.get("nextAttemptAt"));
        assertEquals(attempts.get(0).id(), delivery.get("id"));
    }

    @Test
    void aDeliveryThatFailsForTheWholeRetryWindowDisablesItsSubscriptionWithTheReason() {
        String curator = key("sct", "curator");
        receiver.always("/down", 503);
        Map<String, String> subscription = subscribe(curator, "/down", List.of("record.created"), Map.of("kind", "software"));
        String first = createSoftware(curator, "Essai webhook panne");

        assertTrue(Receiver.await(() -> webhook(curator, subscription.get("id")).getString("status").equals("disabled"), SOON),
                "disabled after the retry window");
        JsonPath disabled = webhook(curator, subscription.get("id"));
        assertEquals("failing", disabled.getString("disabledReason"));
        assertTrue(disabled.getString("disabledDetail").contains("HTTP 503"), disabled.getString("disabledDetail"));
        Map<String, Object> delivery = deliveries(curator, subscription.get("id")).get(0);
        assertEquals("failed", delivery.get("status"));
        assertTrue((Integer) delivery.get("attempts") >= 3, "retried before giving up: " + delivery);
        assertEquals("HTTP 503", delivery.get("lastError"));
        assertTrue(receiver.at("/down").stream().allMatch(r -> r.json().getString("data.id").equals(first)));

        // Disabled: a later change is never sent there.
        int before = receiver.at("/down").size();
        String second = createSoftware(curator, "Essai webhook panne bis");
        Receiver.await(() -> false, Duration.ofSeconds(1));
        assertEquals(before, receiver.at("/down").size());
        assertFalse(receiver.at("/down").stream().anyMatch(r -> r.json().getString("data.id").equals(second)));
        receiver.always("/down", 200);
    }

    @Test
    void aReceiverAnswering410IsNotCalledAgain() {
        String curator = key("sct", "curator");
        String id = createSoftware(curator, "Essai webhook disparu");
        receiver.always("/gone", 410);
        Map<String, String> subscription = subscribe(curator, "/gone", List.of("record.archived"), Map.of("software", id));
        archive(curator, "software", id);
        assertTrue(Receiver.await(() -> webhook(curator, subscription.get("id")).getString("status").equals("disabled"), SOON));
        assertEquals("gone", webhook(curator, subscription.get("id")).getString("disabledReason"));
        assertEquals(1, receiver.at("/gone").size());
    }

    /**
     * catalogue_webhook_attempts_total counts each attempt by what the receiver did, and
     * catalogue_webhook_deliveries_total the deliveries an attempt ended: a 500 then a 200 (one
     * refused, one delivered attempt; one delivery delivered), a 410 (refused; failed at once),
     * a closed port (unanswered until the six-second retry window is over; failed). At least:
     * other tests' retries may still be running.
     */
    @Test
    void metricsCountAttemptsByOutcomeAndTheDeliveriesTheyEnd() {
        Metrics before = Metrics.read();
        String curator = key("sct", "curator");
        String id = createSoftware(curator, "Essai webhook mesures");
        receiver.answer("/measured", 500);
        receiver.always("/measured-gone", 410);
        subscribe(curator, "/measured", List.of("record.archived"), Map.of("software", id));
        subscribe(curator, "/measured-gone", List.of("record.archived"), Map.of("software", id));
        // Port 9 (discard) on the loopback interface: nothing listens there on a test machine.
        api(curator).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/closed", "events", List.of("record.archived"), "filter", Map.of("software", id)))
                .post("/api/v1/webhooks").then().statusCode(201);
        archive(curator, "software", id);

        String[][] expected = { { "catalogue_webhook_attempts_total", "delivered", "1" }, { "catalogue_webhook_attempts_total", "refused", "2" },
                { "catalogue_webhook_attempts_total", "unanswered", "1" }, { "catalogue_webhook_deliveries_total", "delivered", "1" },
                { "catalogue_webhook_deliveries_total", "failed", "2" } };
        List<String> missing = new ArrayList<>();
        boolean counted = Receiver.await(() -> {
            Metrics after = Metrics.read();
            missing.clear();
            for (String[] e : expected) {
                double increase = after.value(e[0], "outcome", e[1]) - before.value(e[0], "outcome", e[1]);
                if (increase < Double.parseDouble(e[2])) {
                    missing.add(e[0] + "{outcome=" + e[1] + "} +" + increase);
                }
            }
            return missing.isEmpty();
        }, SOON);
        assertTrue(counted, "counted: " + missing);
        assertEquals(List.of(500, 200), receiver.at("/measured").stream().map(Received::answered).toList());
    }

    // ---------------------------------------------------------------- nothing lost

    @Test
    void whatIsPendingWhenTheWorkerStopsIsDeliveredOnceItRunsAgain() {
        String curator = key("sct", "curator");
        receiver.always("/restart", 503);
        Map<String, String> subscription = subscribe(curator, "/restart", List.of("record.created"), Map.of("kind", "software"));
        String before = createSoftware(curator, "Essai webhook avant l’arrêt");
        assertTrue(Receiver.await(() -> !receiver.at("/restart").isEmpty(), SOON), "a first attempt, refused");

        worker.stop();
        try {
            // Written while no worker runs: it is in the change log only.
            String during = createSoftware(curator, "Essai webhook pendant l’arrêt");
            receiver.always("/restart", 200);
            int attempts = receiver.at("/restart").size();
            Receiver.await(() -> false, Duration.ofMillis(800));
            assertEquals(attempts, receiver.at("/restart").size(), "nobody sends while the worker is stopped");
            assertEquals(List.of(before), deliveries(curator, subscription.get("id")).stream().map(d -> (String) d.get("record")).toList(),
                    "the first change waits in the outbox, the second in the change log");

            worker.start();
            assertTrue(Receiver.await(() -> receiver.delivered("/restart").size() == 2, SOON), "both delivered once the worker is back");
            Receiver.await(() -> false, Duration.ofMillis(500));
            assertEquals(Set.of(before, during), receiver.delivered("/restart").stream().map(r -> r.json().getString("data.id"))
                    .collect(Collectors.toSet()));
            assertEquals(2, receiver.delivered("/restart").size(), "each once");
        } finally {
            worker.start();
        }
    }

    // ---------------------------------------------------------------- owners

    @Test
    void aRevokedKeysSubscriptionStops() {
        String curator = key("sct", "curator");
        String contributor = key("mern", "contributor");
        String keyId = api(contributor).get("/api/v1/me").then().statusCode(200).extract().path("keyId");
        Map<String, String> subscription = subscribe(contributor, "/revoked", List.of("record.created"), null);
        api(Keys.ADMIN).delete("/api/v1/admin/api-keys/" + keyId).then().statusCode(200);
        createSoftware(curator, "Essai webhook clé révoquée");
        assertTrue(Receiver.await(() -> webhook(Keys.ADMIN, subscription.get("id")).getString("status").equals("disabled"), SOON));
        assertEquals("key-revoked", webhook(Keys.ADMIN, subscription.get("id")).getString("disabledReason"));
        assertEquals(List.of(), receiver.at("/revoked"));
    }

    @Test
    void aSubscriptionBelongsToItsKeyIsNeverDeletedAndIsBounded() {
        String mine = key("mern", "contributor");
        String another = key("mern", "contributor");
        Map<String, String> first = subscribe(mine, "/mine", List.of("usage.declared"), Map.of("organization", "mern"));

        api(mine).get("/api/v1/webhooks").then().statusCode(200).body("meta.total", equalTo(1))
                .body("data[0].id", equalTo(first.get("id"))).body("data[0].secret", nullValue())
                .body("data[0].filter.organization", equalTo("mern")).body("data[0].organization", equalTo("mern"));
        api(another).get("/api/v1/webhooks").then().statusCode(200).body("data.id", not(hasItem(first.get("id"))));
        badRequest(another).get("/api/v1/webhooks/" + first.get("id")).then().statusCode(404);
        badRequest(another).delete("/api/v1/webhooks/" + first.get("id")).then().statusCode(404);
        badRequest(another).get("/api/v1/webhooks/" + first.get("id") + "/deliveries").then().statusCode(404);
        assertTrue(allPages(Keys.ADMIN, "/api/v1/webhooks?limit=2").contains(first.get("id")), "an admin sees every subscription");

        // At most four active ones per key in this profile; a deleted one frees its place and stays listed.
        List<String> more = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            more.add(subscribe(mine, "/mine", List.of("record.created"), null).get("id"));
        }
        badRequest(mine).contentType("application/json").body(Map.of("url", receiver.url("/mine"), "events", List.of("record.created")))
                .post("/api/v1/webhooks").then().statusCode(409).body("type", equalTo("/problems/too-many-webhooks"))
                .body("detail", containsString("4"));
        api(mine).delete("/api/v1/webhooks/" + more.get(0)).then().statusCode(200).body("status", equalTo("disabled"))
                .body("disabledReason", equalTo("deleted")).body("disabledAt", not(nullValue()));
        api(mine).delete("/api/v1/webhooks/" + more.get(0)).then().statusCode(200).body("disabledReason", equalTo("deleted"));
        subscribe(mine, "/mine", List.of("record.created"), null);
        api(mine).get("/api/v1/webhooks/" + more.get(0)).then().statusCode(200).body("status", equalTo("disabled"));
        api(mine).get("/api/v1/webhooks").then().statusCode(200).body("meta.total", equalTo(5));

        // The same POST sent twice with an Idempotency-Key is one subscription, and its answer (secret included) is replayed.
        String retry = UUID.randomUUID().toString();
        api(mine).delete("/api/v1/webhooks/" + more.get(1)).then().statusCode(200);
        Map<String, Object> body = Map.of("url", receiver.url("/mine"), "events", List.of("record.created"));
        var once = api(mine).header("Idempotency-Key", retry).contentType("application/json").body(body).post("/api/v1/webhooks")
                .then().statusCode(201).extract();
        api(mine).header("Idempotency-Key", retry).contentType("application/json").body(body).post("/api/v1/webhooks").then()
                .statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(once.path("id"))).body("secret", equalTo(once.path("secret")));
    }

    @Test
    void deliveriesArePagedNewestFirst() {
        String curator = key("sct", "curator");
        Map<String, String> subscription = subscribe(curator, "/paged", List.of("record.created"), Map.of("kind", "software"));
        for (int i = 1; i <= 3; i++) {
            createSoftware(curator, "Essai webhook page " + i);
        }
        assertTrue(Receiver.await(() -> receiver.delivered("/paged").size() == 3, SOON));
        List<Long> seqs = new ArrayList<>();
        String next = "/api/v1/webhooks/" + subscription.get("id") + "/deliveries?limit=1&status=delivered";
        while (next != null) {
            JsonPath page = api(curator).get(next).then().statusCode(200).extract().jsonPath();
            seqs.addAll(page.getList("data.seq", Long.class));
            next = page.getString("links.next");
        }
        assertEquals(3, seqs.size());
        assertTrue(seqs.get(0) > seqs.get(1) && seqs.get(1) > seqs.get(2), seqs.toString());
        badRequest(curator).get("/api/v1/webhooks/" + subscription.get("id") + "/deliveries?status=lost").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    private static String allPages(String key, String first) {
        StringBuilder all = new StringBuilder();
        String next = first;
        while (next != null) {
            var page = api(key).get(next).then().statusCode(200).extract();
            all.append(page.asString());
            next = page.jsonPath().getString("links.next");
        }
        return all.toString();
    }
}
