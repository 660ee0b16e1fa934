package ca.quebec.catalogue.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: the first retry after {@code first}, each
 * next one twice as late, never more than {@code max} apart; with jitter, so that
 * the retries of many deliveries that failed together (a receiver down for an hour)
 * spread out instead of arriving at once.
 */
record Backoff(Duration first, Duration max) {

    /** The delay after the given number of attempts (1 after the first), within [step/2, step]. */
    Duration after(int attempts, RandomGenerator random) {
        double step = Math.min(first.toMillis() * Math.pow(2, Math.min(Math.max(attempts, 1) - 1, 40)), max.toMillis());
        return Duration.ofMillis((long) (step / 2 + random.nextDouble() * step / 2));
    }

    /** The same, but never sooner than what the receiver asked for with Retry-After (up to {@code max}). */
    Duration after(int attempts, Duration retryAfter, RandomGenerator random) {
        Duration backoff = after(attempts, random);
        if (retryAfter == null || retryAfter.isNegative()) {
            return backoff;
        }
        Duration asked = retryAfter.compareTo(max) > 0 ? max : retryAfter;
        return asked.compareTo(backoff) > 0 ? asked : backoff;
    }
}
