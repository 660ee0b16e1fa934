package ca.quebec.catalogue.usage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.ProblemException;

/**
 * Bounds bulk work so that one caller cannot starve the others: one bulk at a
 * time per key (429 for a second), and a few at a time overall (503 beyond),
 * refused at once with Retry-After rather than queued, so that waiting bulks
 * never hold the connections that reads and single writes need.
 */
@ApplicationScoped
class BulkGate {

    static final String RETRY_AFTER_SECONDS = "5";

    private final Semaphore overall;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    BulkGate(BulkConfig config) {
        this.overall = new Semaphore(config.maxConcurrent());
    }

    <T> T run(Caller caller, Supplier<T> bulk) {
        caller.requireAuthenticated();
        if (!running.add(caller.keyId())) {
            throw refusal(429, "bulk-in-progress");
        }
        try {
            if (!overall.tryAcquire()) {
                throw refusal(503, "bulk-busy");
            }
            try {
                return bulk.get();
            } finally {
                overall.release();
            }
        } finally {
            running.remove(caller.keyId());
        }
    }

    private static ProblemException refusal(int status, String type) {
        return new ProblemException(status, type, List.of(RETRY_AFTER_SECONDS), List.of(), null, Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
}
