package ca.quebec.catalogue.web;

import static ca.quebec.catalogue.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/** Writers racing on one record: exactly one of those holding the same ETag wins. */
@QuarkusTest
@TestProfile(WritesProfile.class)
public class ConcurrencyTest {

    public static final int WRITERS = 20;

    @Test
    void twentyParallelEditsWithTheSameEtagOneWins() throws Exception {
        String curator = Keys.curator();
        String etag = api().get("/api/v1/software/putty").then().extract().header("ETag");
        List<Integer> statuses = race(i -> api(curator).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("keywords", List.of("ssh", "writer " + i)))
                .patch("/api/v1/software/putty").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), statuses::toString);
        int revision = api().get("/api/v1/software/putty").then().extract().path("revision");
        assertEquals(2, revision, "one change only");
    }

    @Test
    void twentyParallelUsageUpdatesWithTheSameEtagOneWins() throws Exception {
        String key = Keys.contributor("cspq");
        String etag = api(key).get("/api/v1/software/openssl/usages/cspq").then().statusCode(200).extract().header("ETag");
        List<Integer> statuses = race(i -> api(key).header("If-Match", etag).contentType("application/json")
                .body(Map.of("versions", List.of("3." + i))).put("/api/v1/software/openssl/usages/cspq").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), statuses::toString);
    }

    @Test
    void twentyParallelDeclarationsOfOneNewUsageCreateOne() throws Exception {
        String key = Keys.contributor("shq");
        List<Integer> statuses = race(i -> api(key).contentType("application/json").body(Map.of("status", "planned"))
                .put("/api/v1/software/kubernetes/usages/shq").statusCode());
        // The first creates it; the others find an active usage and, without If-Match, are told to send one.
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 428).count(), statuses::toString);
    }

    public interface Writer {
        int write(int index) throws Exception;
    }

    /** Starts the writers together and returns their statuses. */
    public static List<Integer> race(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return writer.write(index);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
