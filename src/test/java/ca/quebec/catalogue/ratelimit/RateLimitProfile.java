package ca.quebec.catalogue.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tiny budgets that barely refill, behind a proxy on the loopback interface, so that each test can spend them. */
public class RateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("catalogue.rate-limit.enabled", "true"),
                Map.entry("catalogue.rate-limit.reads.capacity", "5"),
                Map.entry("catalogue.rate-limit.reads.per-minute", "1"),
                Map.entry("catalogue.rate-limit.searches.capacity", "3"),
                Map.entry("catalogue.rate-limit.searches.per-minute", "1"),
                Map.entry("catalogue.rate-limit.writes.capacity", "4"),
                Map.entry("catalogue.rate-limit.writes.per-minute", "1"),
                Map.entry("catalogue.rate-limit.failed-sign-ins.capacity", "3"),
                Map.entry("catalogue.rate-limit.failed-sign-ins.per-minute", "1"),
                Map.entry("catalogue.rate-limit.trusted-proxies", "127.0.0.1,::1"));
    }
}
