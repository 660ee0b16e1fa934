package ca.quebec.catalogue.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restassured.path.json.JsonPath;

/**
 * A webhook receiver for tests: a JDK HTTP server on the loopback interface that
 * records every request and answers each path with the statuses it is told (200 by
 * default). It verifies signatures on its own, as a subscriber would, without the
 * service's code.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived, and what it was answered. */
    record Received(String path, Map<String, String> headers, String body, int answered, Instant at) {

        String id() {
            return headers.get("webhook-id");
        }

        long timestamp() {
            return Long.parseLong(headers.get("webhook-timestamp"));
        }

        JsonPath json() {
            return JsonPath.from(body);
        }

        boolean delivered() {
            return answered >= 200 && answered < 300;
        }

        /**
         * The Standard Webhooks check, written from the specification: one of the
         * space-separated {@code v1,<base64>} signatures is the HMAC-SHA256 of
         * {@code id.timestamp.body} keyed with the base64-decoded secret after {@code whsec_},
         * compared in constant time.
         */
        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                byte[] expected = mac.doFinal((id() + "." + headers.get("webhook-timestamp") + "." + body).getBytes(StandardCharsets.UTF_8));
                for (String signature : headers.getOrDefault("webhook-signature", "").split(" ")) {
                    if (signature.startsWith("v1,")
                            && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> defaults = new ConcurrentHashMap<>();

    private Receiver(HttpServer server) {
        this.server = server;
    }

    static Receiver start() throws IOException {
        Receiver receiver = new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        receiver.server.createContext("/", receiver::handle);
        receiver.server.setExecutor(receiver.threads);
        receiver.server.start();
        return receiver;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests to the path are answered with these statuses, in order; then the path's default. */
    void answer(String path, int... statuses) {
        Deque<Integer> script = scripts.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (script) {
            for (int status : statuses) {
                script.add(status);
            }
        }
    }

    /** Every request to the path is answered with this status (until told otherwise). */
    void always(String path, int status) {
        defaults.put(path, status);
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The requests to the path answered with a 2xx. */
    List<Received> delivered(String path) {
        return at(path).stream().filter(Received::delivered).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        int status = defaults.getOrDefault(path, 200);
        Deque<Integer> script = scripts.get(path);
        if (script != null) {
            synchronized (script) {
                if (!script.isEmpty()) {
                    status = script.poll();
                }
            }
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        received.add(new Received(path, headers, body, status, Instant.now()));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Waits for a condition, polling; false if it does not hold within the time given. */
    static boolean await(BooleanSupplier condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
