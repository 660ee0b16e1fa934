package ca.quebec.catalogue.webhook;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A freshly seeded catalogue whose webhooks may go to a receiver on the loopback
 * interface over plain http, with a retry schedule of seconds instead of a day.
 */
public class WebhooksProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "catalogue.webhooks.allow-private-targets", "true",
                "catalogue.webhooks.poll-interval", "100ms",
                "catalogue.webhooks.first-retry", "100ms",
                "catalogue.webhooks.max-retry-delay", "400ms",
                "catalogue.webhooks.retry-window", "6s",
                "catalogue.webhooks.connect-timeout", "1s",
                "catalogue.webhooks.request-timeout", "2s",
                "catalogue.webhooks.lease", "5s",
                "catalogue.webhooks.max-per-key", "4");
    }
}
