package ca.quebec.catalogue.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.testing.Callers;

/** The gate on its own: one bulk per key, a few overall, the rest refused at once with Retry-After. */
class BulkGateTest {

    @Test
    void aSecondBulkOfOneKeyIs429AndOneTooManyOverallIs503() throws Exception {
        BulkGate gate = new BulkGate(() -> 2);
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Caller mern = Callers.contributor("mern");
        Caller mtess = Callers.contributor("mtess");
        Future<String> first = pool.submit(() -> gate.run(mern, () -> hold(started, release)));
        Future<String> second = pool.submit(() -> gate.run(mtess, () -> hold(started, release)));
        started.await(10, TimeUnit.SECONDS);

        ProblemException again = assertThrows(ProblemException.class, () -> gate.run(mern, () -> "never"));
        assertEquals(429, again.status());
        assertEquals("5", again.headers().get("Retry-After"));
        ProblemException full = assertThrows(ProblemException.class, () -> gate.run(Callers.contributor("sct"), () -> "never"));
        assertEquals(503, full.status());
        assertEquals("5", full.headers().get("Retry-After"));

        release.countDown();
        assertEquals("done", first.get(10, TimeUnit.SECONDS));
        assertEquals("done", second.get(10, TimeUnit.SECONDS));
        assertEquals("again", gate.run(mern, () -> "again"), "the key may send its next bulk once the first is done");
        assertEquals(401, assertThrows(ProblemException.class, () -> gate.run(Caller.ANONYMOUS, () -> "never")).status());
        pool.shutdown();
    }

    private static String hold(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }
}
