package ca.quebec.catalogue.ratelimit;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * One token bucket (Bucket4j) per caller and kind of request, kept in a bounded cache
 * (Caffeine): a caller unseen for ten minutes has a full bucket anyway, so forgetting it
 * changes nothing, and a flood of new addresses cannot grow memory without end.
 */
@ApplicationScoped
class RateLimiter {

    enum Kind {
        READ, SEARCH, WRITE, FAILED_SIGN_IN
    }

    record Key(Kind kind, String caller) {
    }

    private final RateLimitConfig config;
    private final Cache<Key, Bucket> buckets;

    RateLimiter(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxCallers()).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    boolean enabled() {
        return config.enabled();
    }

    /** Takes one request from the caller's budget: empty when granted, else the seconds to wait. */
    OptionalLong take(Kind kind, String caller) {
        ConsumptionProbe probe = bucket(kind, caller).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whether the budget is spent, without taking from it: the seconds to wait, or empty. */
    OptionalLong spent(Kind kind, String caller) {
        Bucket bucket = buckets.getIfPresent(new Key(kind, caller));
        if (bucket == null) {
            return OptionalLong.empty();
        }
        EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(estimate.getNanosToWaitForRefill()));
    }

    private Bucket bucket(Kind kind, String caller) {
        return buckets.get(new Key(kind, caller), key -> {
            RateLimitConfig.Budget budget = switch (kind) {
                case READ -> config.reads();
                case SEARCH -> config.searches();
                case WRITE -> config.writes();
                case FAILED_SIGN_IN -> config.failedSignIns();
            };
            return Bucket.builder()
                    .addLimit(limit -> limit.capacity(budget.capacity()).refillGreedy(budget.perMinute(), Duration.ofMinutes(1)))
                    .build();
        });
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
