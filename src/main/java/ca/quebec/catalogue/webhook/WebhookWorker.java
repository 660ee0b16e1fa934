package ca.quebec.catalogue.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.webhook.Outbox.Attempt;
import ca.quebec.catalogue.webhook.Outbox.Outcome;

/**
 * Delivers webhooks in the background: one thread per instance, started with the
 * application, that follows the change log into the outbox and sends what is due.
 * It keeps nothing in memory that matters: stopped at any point (or the process
 * killed), it picks up from the database where it was, and so does any other
 * instance sharing the database. It wakes after each of this instance's commits, and
 * every {@code catalogue.webhooks.poll-interval} for the others' and for retries.
 */
@ApplicationScoped
class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    static final String USER_AGENT = "catalogue-webhooks/1.0 (+https://www.standardwebhooks.com/)";
    private static final int SUBSCRIPTIONS = 50;
    private static final int CHANGES = 200;
    private static final int DELIVERIES = 20;
    private static final int ROUNDS = 50;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final Outbox outbox;
    private final WebhookConfig config;
    private final Targets targets;
    private final Clock clock;
    private final HttpClient client;
    /** Which instance holds a lease: the host's name (a pod's, in Kubernetes) and a random suffix for this run. */
    private final String instance;
    private final AtomicBoolean woken = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private volatile Instant lastPrune = Instant.EPOCH;
    private final Counter attemptsDelivered;
    private final Counter attemptsRefused;
    private final Counter attemptsUnanswered;
    private final Counter delivered;
    private final Counter failed;

    WebhookWorker(Outbox outbox, WebhookConfig config, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.config = config;
        this.targets = new Targets(config.allowPrivateTargets());
        this.clock = clock;
        // Redirects are not followed: a 3xx is a failure (Standard Webhooks), and following
        // one would take the request to a target that was never checked.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String host = System.getenv().getOrDefault("HOSTNAME", "instance");
        byte[] suffix = new byte[4];
        ThreadLocalRandom.current().nextBytes(suffix);
        this.instance = (host.length() > 80 ? host.substring(0, 80) : host) + "-" + HexFormat.of().formatHex(suffix);
        // Registered at once, so that every outcome is a series from the start (a rate over a
        // series that appears only at its first failure misses that failure). Attempts say how
        // receivers answer; deliveries, how many events arrived and how many were given up.
        this.attemptsDelivered = attempts(meters, "delivered");
        this.attemptsRefused = attempts(meters, "refused");
        this.attemptsUnanswered = attempts(meters, "unanswered");
        this.delivered = deliveries(meters, "delivered");
        this.failed = deliveries(meters, "failed");
    }

    private static Counter attempts(MeterRegistry meters, String outcome) {
        return Counter.builder("catalogue.webhook.attempts").tag("outcome", outcome)
                .description("Webhook attempts sent by this instance: delivered (a 2xx), refused (another status), unanswered "
                        + "(timeout, connection or TLS failure, a target no longer public)")
                .register(meters);
    }

    private static Counter deliveries(MeterRegistry meters, String outcome) {
        return Counter.builder("catalogue.webhook.deliveries").tag("outcome", outcome)
                .description("Webhook deliveries ended by this instance: delivered, or failed after their retry window (or a 410) "
                        + "and their subscription disabled")
                .register(meters);
    }

    /** After the seed and the search index. */
    void onStart(@Observes @Priority(3000) StartupEvent start) {
        if (config.deliver()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        stop();
    }

    synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "webhook-worker");
            thread.setDaemon(true);
            return thread;
        });
        long millis = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tickQuietly, 0, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops at once; what was being sent is sent again after its lease expires. */
    @PreDestroy
    synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    /** This instance committed a change: fan it out now rather than at the next poll. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Appended appended) {
        wake();
    }

    private void wake() {
        ScheduledExecutorService running = executor;
        if (running == null || !woken.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                woken.set(false);
                tickQuietly();
            });
        } catch (RejectedExecutionException stopping) {
            woken.set(false);
        }
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            // The next poll tries again; nothing is lost, the outbox is in the database.
            LOG.warn("Webhook delivery round failed", e);
        }
    }

    /** One round: new changes into deliveries, then what is due, sent. */
    void tick() {
        for (int round = 0; round < ROUNDS && !Thread.currentThread().isInterrupted(); round++) {
            if (outbox.fanOut(SUBSCRIPTIONS, CHANGES) == 0) {
                break;
            }
        }
        outbox.cancelOrphans();
        for (int round = 0; round < ROUNDS && !Thread.currentThread().isInterrupted(); round++) {
            List<Attempt> claimed = outbox.claim(instance, DELIVERIES);
            if (claimed.isEmpty()) {
                break;
            }
            List<Outcome> outcomes = send(claimed);
            Outbox.Ended ended = outbox.record(instance, outcomes);
            count(outcomes, ended);
            if (claimed.size() < DELIVERIES) {
                break;
            }
        }
        if (Duration.between(lastPrune, clock.instant()).compareTo(PRUNE_EVERY) > 0) {
            lastPrune = clock.instant();
            outbox.prune();
        }
    }

    /** Counted once the outcomes are committed. */
    private void count(List<Outcome> outcomes, Outbox.Ended ended) {
        for (Outcome outcome : outcomes) {
            (outcome.delivered() ? attemptsDelivered : outcome.status() != null ? attemptsRefused : attemptsUnanswered).increment();
        }
        delivered.increment(ended.delivered());
        failed.increment(ended.failed());
    }

    /** Sends the attempts at once and waits for all of them, each bounded by the request timeout. */
    List<Outcome> send(List<Attempt> attempts) {
        List<CompletableFuture<Outcome>> sent = new ArrayList<>();
        for (Attempt attempt : attempts) {
            sent.add(send(attempt));
        }
        long deadline = System.nanoTime() + config.connectTimeout().plus(config.requestTimeout()).plusSeconds(1).toNanos();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            CompletableFuture<Outcome> future = sent.get(i);
            try {
                outcomes.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                future.cancel(true);
                outcomes.add(new Outcome(attempts.get(i).deliveryId(), null, "timeout after " + config.requestTimeout().toSeconds() + " s", null));
            } catch (ExecutionException e) {
                outcomes.add(new Outcome(attempts.get(i).deliveryId(), null, describe(e.getCause()), null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(new Outcome(attempts.get(i).deliveryId(), null, "interrupted", null));
            }
        }
        return outcomes;
    }

    private CompletableFuture<Outcome> send(Attempt attempt) {
        String id = attempt.deliveryId();
        // Resolved again at every attempt: the name may point elsewhere since the subscription was checked.
        Optional<Targets.Reason> refused = targets.refusal(attempt.url());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(id, null, refused.get().describe(), null));
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(attempt.url()).timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signatures.sign(attempt.secret(), id, timestamp, attempt.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.payload(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(id, null, "unusable URL: " + e.getMessage(), null));
        }
        // The answer's body is never read: only its status matters, and a receiver could send an endless one.
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    close(response.body());
                    return new Outcome(id, response.statusCode(), null, retryAfter(response));
                })
                .exceptionally(e -> new Outcome(id, null, describe(e), null));
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    /** Retry-After, in seconds or as an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::trim);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.get()));
        } catch (NumberFormatException notSeconds) {
            try {
                return Duration.between(clock.instant(), ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    /** What went wrong, in a few words an owner can act on. */
    static String describe(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "timeout: no answer in time";
        }
        if (e instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS failure: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
