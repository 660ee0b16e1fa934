package ca.quebec.catalogue.search;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.bearer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import ca.quebec.catalogue.testing.Instances;
import ca.quebec.catalogue.testing.Instances.Instance;
import ca.quebec.catalogue.testing.Instances.Storage;

/**
 * Two real instances of the packaged service on one PostgreSQL database:
 * both start together on an empty database (one seeds, neither duplicates),
 * and a write made through one is searchable on it as soon as the request
 * returns and on the other within two seconds, by following the change log.
 *
 * <p>Runs with {@code ./mvnw verify -Ppostgresql} (maven-failsafe, after the
 * application is packaged), on a database of its own, {@code catalogue_it},
 * which it drops and creates on the local server; skipped on an H2 package.
 */
class TwoInstancesIT {

    private static final String ADMIN_KEY = "two-instances-admin-key-for-this-test-only";
    /** The promise for another instance; the poll interval is half a second. */
    private static final Duration OTHER_INSTANCE = Duration.ofSeconds(2);
    private static final Duration BODY_ON_OTHER_INSTANCE = Duration.ofSeconds(15);

    private static final List<Instance> instances = new ArrayList<>();
    private static String a;
    private static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assumeTrue(Instances.postgresql(), "two instances share one database in production, PostgreSQL: see -Ppostgresql");
        Storage database = Storage.fresh("catalogue_it");
        // Started together on purpose: Flyway and the seed loader must cope with a twin.
        instances.add(Instances.start(database, ADMIN_KEY, "instance-a"));
        instances.add(Instances.start(database, ADMIN_KEY, "instance-b"));
        for (Instance instance : instances) {
            Instances.awaitReady(instance);
        }
        a = instances.get(0).url();
        b = instances.get(1).url();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Instance instance : instances) {
            instance.stop();
        }
    }

    @Test
    void bothInstancesServeOneSeedLoadedOnce() {
        int softwareA = on(a).get("/api/v1/software?limit=1").then().statusCode(200).extract().path("meta.total");
        int softwareB = on(b).get("/api/v1/software?limit=1").then().statusCode(200).extract().path("meta.total");
        assertEquals(softwareA, softwareB);
        on(a).get("/api/v1/organizations?limit=1").then().statusCode(200).body("meta.total", equalTo(94));
        on(b).get("/api/v1/search?q=libreoffice&limit=5").then().statusCode(200).body("data.id", hasItem("libreoffice"));
        on(a).get("/api/v1/search?q=libreoffice&limit=5").then().statusCode(200).body("data.id", hasItem("libreoffice"));
    }

    @Test
    void aWriteOnOneInstanceIsSearchableAtOnceThereAndWithinTwoSecondsOnTheOther() {
        String name = "Quetzalcoatl Registre";
        Response created = on(a).header(bearer(ADMIN_KEY)).contentType("application/json")
                .body(Map.of("name", name,
                        "description", Map.of("fr", "Registre des demandes d’accès à l’information.", "en", "Register of access-to-information requests."),
                        "licence", "AGPL-3.0-or-later",
                        "categories", List.of("gestion-de-contenu-et-commerce-en-ligne"),
                        "keywords", List.of("accès à l’information")))
                .post("/api/v1/software");
        created.then().statusCode(201).body("status", equalTo("published"));
        String id = created.path("id");

        // Same instance: found as soon as the write returned.
        on(a).get("/api/v1/search?q=quetzalcoatl").then().statusCode(200).body("data.id", hasItem(id));
        // Other instance: within two seconds, by following the change log.
        Duration seen = awaitSearch(b, "/api/v1/search?q=quetzalcoatl", ids -> ids.contains(id));
        System.out.println("Instance B found the new record after " + seen.toMillis() + " ms");

        // A usage declared on B changes what A finds for that organization.
        on(b).header(bearer(ADMIN_KEY)).contentType("application/json")
                .body(Map.of("installations", "1-10", "status", "production"))
                .put("/api/v1/software/" + id + "/usages/mtess").then().statusCode(201);
        awaitSearch(a, "/api/v1/search?organization=mtess&q=quetzalcoatl", ids -> ids.contains(id));

        // Archived on B: A stops finding it within two seconds.
        on(b).header(bearer(ADMIN_KEY)).contentType("application/json")
                .body(Map.of("reason", "Fiche créée par le test à deux instances."))
                .post("/api/v1/software/" + id + "/archive").then().statusCode(200);
        on(b).get("/api/v1/search?q=quetzalcoatl").then().statusCode(200).body("data.id", org.hamcrest.Matchers.not(hasItem(id)));
        awaitSearch(a, "/api/v1/search?q=quetzalcoatl", ids -> !ids.contains(id));
    }

    @Test
    void aBodyRegisteredOnOneInstanceIsSearchableByNameOnTheOther() {
        on(a).header(bearer(ADMIN_KEY)).contentType("application/json")
                .body(Map.of("id", "office-des-essais-paralleles", "name", Map.of("fr", "Office des essais parallèles"),
                        "acronym", "OEPX", "type", "non-budgetary-body"))
                .post("/api/v1/organizations").then().statusCode(201);
        on(a).header(bearer(ADMIN_KEY)).contentType("application/json")
                .body(Map.of("status", "production"))
                .put("/api/v1/software/libreoffice/usages/office-des-essais-paralleles").then().statusCode(201);
        on(a).get("/api/v1/search?q=oepx").then().statusCode(200).body("data.id", hasItem("libreoffice"));
        // A new or renamed body rebuilds the other instance's index (its names are in every record it
        // uses), which takes longer than indexing one record: a looser bound than OTHER_INSTANCE.
        Duration seen = awaitSearch(b, "/api/v1/search?q=oepx", ids -> ids.contains("libreoffice"), BODY_ON_OTHER_INSTANCE);
        System.out.println("Instance B found the new body after " + seen.toMillis() + " ms");
    }

    @Test
    void readinessReportsTheIndexLagOnEachInstance() {
        for (String instance : List.of(a, b)) {
            on(instance).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'search-index' }.data.lagChanges", org.hamcrest.Matchers.notNullValue())
                    .body("checks.find { it.name == 'search-index' }.data.indexedSeq", org.hamcrest.Matchers.notNullValue());
        }
    }

    private static RequestSpecification on(String instance) {
        return api().baseUri(instance);
    }

    private static Duration awaitSearch(String instance, String path, Predicate<List<String>> condition) {
        return awaitSearch(instance, path, condition, OTHER_INSTANCE);
    }

    /** Polls a search until the ids satisfy the condition; fails past the bound. */
    private static Duration awaitSearch(String instance, String path, Predicate<List<String>> condition, Duration bound) {
        long start = System.nanoTime();
        while (true) {
            List<String> ids = on(instance).get(path).then().statusCode(200).extract().path("data.id");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (condition.test(ids)) {
                return elapsed;
            }
            if (elapsed.compareTo(bound) > 0) {
                fail(instance + path + " did not show the change within " + bound.toMillis() + " ms: " + ids);
            }
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
