package ca.quebec.catalogue.testing;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real instances of the packaged service, for the integration tests that run
 * after packaging (maven-failsafe): started as separate processes, stopped, or
 * killed with SIGKILL. The database is the one the package was built for:
 * an H2 file folder of the test's own, or a PostgreSQL database of the test's
 * own on the local server, dropped and created.
 */
public final class Instances {

    public static final Duration START_UP = Duration.ofMinutes(3);
    private static final String SERVER = System.getProperty("it.postgresql.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("it.postgresql.user", "postgres");

    private Instances() {
    }

    /** The database kind the package was built for. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("catalogue.db-kind", "h2"));
    }

    public static Path runner() {
        Path runner = Path.of(System.getProperty("it.runner", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(runner), "the packaged application is missing: " + runner + " (run ./mvnw verify)");
        return runner;
    }

    /** Where an instance keeps its data: a fresh PostgreSQL database, or a fresh H2 folder. */
    public record Storage(String database, Path folder) {

        public static Storage fresh(String name) throws IOException, SQLException {
            if (postgresql()) {
                try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                        Statement statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    statement.execute("CREATE DATABASE " + name);
                }
                return new Storage(name, null);
            }
            return new Storage(null, Files.createTempDirectory(name));
        }

        void configure(Map<String, String> env) {
            if (database != null) {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", SERVER + database);
                env.put("QUARKUS_DATASOURCE_USERNAME", USER);
            } else {
                env.put("CATALOGUE_DATA_DIR", folder.toString());
            }
        }
    }

    /** A running instance: its process, base URL and log. */
    public record Instance(Process process, String url, Path log) {

        /** Kills it the way a crash would: SIGKILL, nothing flushed, no shutdown hook. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        public void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Starts an instance on the storage, with a bootstrap admin key; does not wait for it. */
    public static Instance start(Storage storage, String adminKey, String logName) throws IOException {
        return start(storage, adminKey, logName, Map.of());
    }

    /** The same, with more environment variables (configuration for the test at hand). */
    public static Instance start(Storage storage, String adminKey, String logName, Map<String, String> more) throws IOException {
        int port = freePort();
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        Path log = logs.resolve(logName + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", runner().toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .directory(new File(System.getProperty("java.io.tmpdir")));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("CATALOGUE_SECURITY_BOOTSTRAP_ADMIN_KEY", adminKey);
        // These tests measure durability and convergence, written as fast as they can; RateLimitTest covers limits.
        env.put("CATALOGUE_RATE_LIMIT_ENABLED", "false");
        storage.configure(env);
        env.putAll(more);
        return new Instance(builder.start(), "http://127.0.0.1:" + port, log);
    }

    /** Waits until the instance answers ready; fails with its log if it stops or takes too long. */
    public static void awaitReady(Instance instance) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                fail("an instance stopped during start-up (exit " + instance.process().exitValue() + "):\n"
                        + Files.readString(instance.log()));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(instance.url() + "/q/health/ready")).build(),
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
        fail(instance.url() + " was not ready within " + START_UP + ":\n" + Files.readString(instance.log()));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
