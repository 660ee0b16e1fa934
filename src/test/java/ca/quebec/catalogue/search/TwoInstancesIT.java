package ca.quebec.catalogue.search;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.bearer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

/**
 * Two real instances of the packaged service on one PostgreSQL database:
 * both start together on an empty database (one seeds, neither duplicates),
 * and a write made through one is searchable on it as soon as the request
 * returns and on the other within two seconds, by following the change log.
 *
 * <p>Runs with {@code ./mvnw verify -Ppostgresql} (maven-failsafe, after the
 * application is packaged), on a database of its own, {@code catalogue_it},
 * which it drops and creates on the local server.
 */
class TwoInstancesIT {

    private static final String ADMIN_KEY = "two-instances-admin-key-for-this-test-only";
    /** The promise for another instance; the poll interval is half a second. */
    private static final Duration OTHER_INSTANCE = Duration.ofSeconds(2);
    private static final Duration BODY_ON_OTHER_INSTANCE = Duration.ofSeconds(15);
    private static final Duration START_UP = Duration.ofMinutes(3);

    private static final String SERVER = System.getProperty("it.postgresql.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("it.postgresql.user", "postgres");
    private static final String DATABASE = "catalogue_it";

    private static final List<Process> processes = new ArrayList<>();
    private static String a;
    private static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Path runner = Path.of(System.getProperty("it.runner", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(runner), "the packaged application is missing: " + runner + " (run ./mvnw verify -Ppostgresql)");
        recreateDatabase();
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        // Started together on purpose: Flyway and the seed loader must cope with a twin.
        int portA = freePort();
        int portB = freePort();
        processes.add(start(runner, portA, logs.resolve("instance-a.log")));
        processes.add(start(runner, portB, logs.resolve("instance-b.log")));
        a = "http://127.0.0.1:" + portA;
        b = "http://127.0.0.1:" + portB;
        awaitReady(a, logs.resolve("instance-a.log"));
        awaitReady(b, logs.resolve("instance-b.log"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
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

    private static void recreateDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static Process start(Path runner, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", runner.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File(System.getProperty("java.io.tmpdir")));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", SERVER + DATABASE);
        env.put("QUARKUS_DATASOURCE_USERNAME", USER);
        env.put("CATALOGUE_SECURITY_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
        return builder.start();
    }

    private static void awaitReady(String instance, Path log) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_UP.toNanos();
        while (System.nanoTime() < deadline) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    fail("an instance stopped during start-up (exit " + process.exitValue() + "):\n" + Files.readString(log));
                }
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(instance + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            sleep(250);
        }
        fail(instance + " was not ready within " + START_UP + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
