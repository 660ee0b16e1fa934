package ca.quebec.catalogue.webhook;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

import ca.quebec.catalogue.testing.Instances;
import ca.quebec.catalogue.testing.Instances.Instance;
import ca.quebec.catalogue.testing.Instances.Storage;
import ca.quebec.catalogue.webhook.Receiver.Received;

/**
 * Two packaged instances on one PostgreSQL database, both delivering webhooks: every
 * event reaches the receiver exactly once, whichever instance committed it and
 * whichever delivers it; then, with deliveries pending behind a failing receiver,
 * both instances are killed with SIGKILL, and one started again delivers every
 * pending event, once.
 *
 * <p>Runs with {@code ./mvnw verify -Ppostgresql}, on a database of its own,
 * {@code catalogue_webhooks_it}, dropped and created; skipped on an H2 package.
 */
class WebhooksIT {

    private static final String ADMIN_KEY = "webhooks-it-admin-key-for-this-test-only";
    private static final String DATABASE = "catalogue_webhooks_it";
    private static final Map<String, String> WEBHOOKS = Map.of(
            "CATALOGUE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
            "CATALOGUE_WEBHOOKS_POLL_INTERVAL", "100ms",
            "CATALOGUE_WEBHOOKS_FIRST_RETRY", "200ms",
            "CATALOGUE_WEBHOOKS_MAX_RETRY_DELAY", "1s",
            "CATALOGUE_WEBHOOKS_REQUEST_TIMEOUT", "2s",
            "CATALOGUE_WEBHOOKS_LEASE", "5s");
    private static final Duration SOON = Duration.ofSeconds(60);

    private static final List<Instance> instances = new ArrayList<>();
    private static Storage database;
    private static Receiver receiver;
    private static String secret;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assumeTrue(Instances.postgresql(), "instances share one database in production, PostgreSQL: see -Ppostgresql");
        database = Storage.fresh(DATABASE);
        receiver = Receiver.start();
        instances.add(Instances.start(database, ADMIN_KEY, "webhooks-a", WEBHOOKS));
        instances.add(Instances.start(database, ADMIN_KEY, "webhooks-b", WEBHOOKS));
        for (Instance instance : instances) {
            Instances.awaitReady(instance);
        }
        secret = on(instances.get(0)).contentType("application/json")
                .body(Map.of("url", receiver.url("/all"), "events", List.of("record.created", "usage.declared")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Instance instance : instances) {
            instance.stop();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void eachEventIsDeliveredExactlyOnceByOneOfTheInstancesAndNothingPendingIsLostWhenBothAreKilled() throws Exception {
        // Writes through both instances; both workers follow the log and race for the deliveries.
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            created.add(createSoftware(instances.get(i % 2), "Essai à deux instances " + i));
        }
        assertTrue(Receiver.await(() -> receiver.delivered("/all").size() >= 30, SOON), "30 events delivered: "
                + receiver.delivered("/all").size());
        Receiver.await(() -> false, Duration.ofSeconds(3)); // nothing more comes
        List<Received> all = receiver.at("/all");
        assertEquals(30, all.size(), "exactly one request per event, none sent by both instances");
        assertEquals(Set.copyOf(created), all.stream().map(r -> r.json().getString("data.id")).collect(Collectors.toSet()));
        assertEquals(30, all.stream().map(Received::id).distinct().count());
        all.forEach(r -> assertTrue(r.signedWith(secret), r.id()));
        System.out.println("Deliveries per instance: " + perInstance());

        // Deliveries pile up behind a failing receiver, then both instances die without a word.
        receiver.always("/all", 503);
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pending.add(createSoftware(instances.get(i % 2), "Essai avant la panne " + i));
        }
        assertTrue(Receiver.await(() -> attemptedIds(pending) == pending.size(), SOON), "each pending event was tried");
        for (Instance instance : instances) {
            instance.kill();
        }
        receiver.always("/all", 200);
        int before = receiver.delivered("/all").size();

        // One instance comes back on the same database: everything pending is delivered, once.
        Instance again = Instances.start(database, ADMIN_KEY, "webhooks-a-again", WEBHOOKS);
        instances.add(again);
        Instances.awaitReady(again);
        assertTrue(Receiver.await(() -> receiver.delivered("/all").size() >= before + pending.size(), SOON),
                "the pending events were delivered after the restart");
        Receiver.await(() -> false, Duration.ofSeconds(3));
        Map<String, Long> successes = receiver.delivered("/all").stream()
                .collect(Collectors.groupingBy(r -> r.json().getString("data.id"), TreeMap::new, Collectors.counting()));
        for (String id : pending) {
            assertEquals(1L, successes.get(id), id + " delivered once");
        }
        assertEquals(36, successes.size());
        successes.values().forEach(count -> assertEquals(1L, count));
    }

    private static long attemptedIds(List<String> ids) {
        return receiver.at("/all").stream().map(r -> r.json().getString("data.id")).filter(ids::contains).distinct().count();
    }

    private static String createSoftware(Instance instance, String name) {
        return on(instance).contentType("application/json")
                .body(Map.of("name", name, "description", Map.of("fr", "Un logiciel créé par l’essai des webhooks à deux instances.")))
                .post("/api/v1/software").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification on(Instance instance) {
        return api().baseUri(instance.url()).header(bearer(ADMIN_KEY));
    }

    /** Which instance holds (or last held) each delivery's lease: informative, both usually take a share. */
    private static Map<String, Integer> perInstance() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        String server = System.getProperty("it.postgresql.server", "jdbc:postgresql://127.0.0.1:5432/");
        try (Connection connection = DriverManager.getConnection(server + DATABASE, System.getProperty("it.postgresql.user", "postgres"), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select lease_owner, count(*) from webhook_delivery group by lease_owner")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}
