package ca.quebec.catalogue.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The webhook options (prefix {@code catalogue.webhooks}). */
@ConfigMapping(prefix = "catalogue.webhooks")
public interface WebhookConfig {

    /**
     * Lets subscriptions target plain http and private, loopback or link-local addresses
     * (env CATALOGUE_WEBHOOKS_ALLOW_PRIVATE_TARGETS). For tests and a laptop only: in
     * production it would let any key holder make the service call its own network.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Whether this instance delivers. Every instance may: they share the work through the database. */
    @WithDefault("true")
    boolean deliver();

    /** Active subscriptions one API key may hold. */
    @WithDefault("10")
    int maxPerKey();

    /** How often the worker looks for new changes and due retries (it is also woken by this instance's commits). */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a receiver has to answer; Standard Webhooks recommends 15 to 30 s. */
    @WithDefault("15s")
    Duration requestTimeout();

    /** The first retry's delay; each next one doubles, with jitter, up to {@link #maxRetryDelay}. */
    @WithDefault("5s")
    Duration firstRetry();

    @WithDefault("1h")
    Duration maxRetryDelay();

    /** How long a failing delivery is retried after its first attempt before the subscription is disabled. */
    @WithDefault("24h")
    Duration retryWindow();

    /**
     * How long an instance holds a delivery it is sending: another instance takes it over
     * after that (the first one crashed). Longer than {@link #requestTimeout}, or a slow
     * receiver would get the event twice.
     */
    @WithDefault("2m")
    Duration lease();

    /** Finished deliveries (delivered, failed, cancelled) are kept this long, for their owners to read. */
    @WithDefault("30d")
    Duration keepDeliveries();
}
