package ca.quebec.catalogue.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.Actor;
import ca.quebec.catalogue.changes.Change;
import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.changes.ChangeView;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.security.KeyHolders;
import ca.quebec.catalogue.solution.Solution;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The deliveries subscriptions are owed, kept in the database so that nothing is lost
 * when an instance stops: filled from the change log (each subscription keeps its
 * position in it), claimed by one instance at a time, and updated with each attempt's
 * outcome. Each method is one transaction; the worker calls them in turn.
 */
@ApplicationScoped
class Outbox {

    static final String PENDING = DeliveryView.Status.PENDING.wire();
    private static final Actor WORKER = new Actor(null, "system", "webhook-worker");
    private static final int ERROR_MAX = 500;
    /** Standard Webhooks asks for small bodies; the column holds 1,000,000 characters. */
    static final int PAYLOAD_MAX = 256 * 1024;

    private final WebhookRepository webhooks;
    private final ChangeService changes;
    private final ChangeLog changeLog;
    private final RecordRepository records;
    private final KeyHolders keyHolders;
    private final Clock clock;
    private final WebhookConfig config;
    private final Backoff backoff;

    Outbox(WebhookRepository webhooks, ChangeService changes, ChangeLog changeLog, RecordRepository records, KeyHolders keyHolders,
            Clock clock, WebhookConfig config) {
        this.webhooks = webhooks;
        this.changes = changes;
        this.changeLog = changeLog;
        this.records = records;
        this.keyHolders = keyHolders;
        this.clock = clock;
        this.config = config;
        this.backoff = new Backoff(config.firstRetry(), config.maxRetryDelay());
    }

    // ---------------------------------------------------------------- from the change log to deliveries

    /**
     * Turns the next changes into deliveries for the subscriptions that are behind (those
     * another instance is busy with are skipped), and moves their positions past them.
     * Each subscription gets the changes its key's holder may see, as the visibility
     * policy says, that match its events and filter. Returns how many changes were read.
     */
    @Transactional
    int fanOut(int subscriptions, int batch) {
        List<Subscription> behind = webhooks.lockBehind(changes.lastSeq(), subscriptions);
        if (behind.isEmpty()) {
            return 0;
        }
        long from = behind.stream().mapToLong(s -> s.cursorSeq).min().orElseThrow();
        List<Change> next = changes.after(from, batch);
        if (next.isEmpty()) {
            return 0;
        }
        Records facts = new Records(next);
        Map<Long, String> payloads = new HashMap<>();
        OffsetDateTime now = Clocks.now(clock);
        for (Subscription subscription : behind) {
            Optional<Caller> owner = keyHolders.holder(subscription.ownerKeyId);
            if (owner.isEmpty()) {
                disable(subscription, WebhookView.DisabledReason.KEY_REVOKED, null, WORKER);
                continue;
            }
            VisibilityPolicy policy = VisibilityPolicy.of(owner.get());
            for (Change change : next) {
                if (change.seq <= subscription.cursorSeq) {
                    continue;
                }
                Optional<WebhookEvent> event = WebhookEvent.of(change);
                if (event.isEmpty() || !subscription.events.contains(event.get().wire())) {
                    continue;
                }
                Fact record = facts.of(change);
                boolean isRecord = WebhookEvent.isRecord(change.recordKind);
                if (isRecord && (record == null || !policy.maySee(record.status(), record.submittedBy()))) {
                    continue;
                }
                if (!matches(subscription, change, record)) {
                    continue;
                }
                Delivery delivery = new Delivery();
                delivery.id = Delivery.idOf(subscription.id, change.seq);
                delivery.subscriptionId = subscription.id;
                delivery.seq = change.seq;
                delivery.eventType = event.get().wire();
                delivery.recordKind = change.recordKind;
                delivery.recordId = change.recordId;
                delivery.subject = change.subject;
                delivery.payload = payloads.computeIfAbsent(change.seq, seq -> payload(event.get(), change));
                delivery.status = PENDING;
                delivery.createdAt = now;
                delivery.nextAttemptAt = now;
                webhooks.persist(delivery);
            }
            subscription.cursorSeq = Math.max(subscription.cursorSeq, next.get(next.size() - 1).seq);
        }
        return next.size();
    }

    /**
     * The body: {@code {type, timestamp, data}}, data being the change as the change feed
     * shows it to an anonymous caller. It leaves the service for a third party's server,
     * so it never carries a private contact, whoever subscribed.
     */
    static String payload(WebhookEvent event, Change change) {
        JsonNode patch = VisibilityPolicy.ANONYMOUS.redact(StoredJson.read(change.patch, JsonNode.class));
        String full = payload(event, change, patch == null || patch.isNull() ? null : patch, false);
        // A record imported with a large publiccode.yml makes a large patch: past the bound, receivers get
        // the event without it (patchOmitted) and read it from the change feed, at data.seq.
        return full.length() <= PAYLOAD_MAX ? full : payload(event, change, null, true);
    }

    private static String payload(WebhookEvent event, Change change, JsonNode patch, boolean patchOmitted) {
        ChangeView data = new ChangeView(change.seq, change.occurredAt, change.recordKind, change.recordId, change.subject, change.action,
                change.revision, change.actorOrganization, change.actorRole, change.actorLabel, patch);
        ObjectNode body = StoredJson.MAPPER.createObjectNode();
        body.put("type", event.wire());
        body.set("timestamp", StoredJson.MAPPER.valueToTree(change.occurredAt));
        body.set("data", StoredJson.MAPPER.valueToTree(data));
        if (patchOmitted) {
            body.put("patchOmitted", true);
        }
        return StoredJson.write(body);
    }

    /** Whether a change passes every filter of the subscription. */
    static boolean matches(Subscription s, Change change, Fact record) {
        boolean isRecord = WebhookEvent.isRecord(change.recordKind);
        if (s.filterKind != null && !(isRecord && s.filterKind.equals(change.recordKind))) {
            return false;
        }
        if (s.filterSoftware != null && !(isRecord && RecordKind.SOFTWARE.wire.equals(change.recordKind)
                && s.filterSoftware.equals(change.recordId))) {
            return false;
        }
        if (s.filterSolution != null && !(isRecord && RecordKind.SOLUTION.wire.equals(change.recordKind)
                && s.filterSolution.equals(change.recordId))) {
            return false;
        }
        if (s.filterCategory != null && !(isRecord && record != null && record.categories().contains(s.filterCategory))) {
            return false;
        }
        return s.filterOrganization == null || concerns(s.filterOrganization, change, record);
    }

    /** A change concerns a body when it is its usage declaration, on a record it owns or submitted, or its own entry in the register. */
    private static boolean concerns(String organization, Change change, Fact record) {
        if (!WebhookEvent.isRecord(change.recordKind)) {
            return WebhookEvent.ORGANIZATION.equals(change.recordKind) && organization.equals(change.recordId);
        }
        return (WebhookEvent.USAGES + organization).equals(change.subject)
                || (record != null && (organization.equals(record.submittedBy()) || organization.equals(record.owner())));
    }

    /** What the fan-out needs to know of a record, as it is now. */
    record Fact(String status, String submittedBy, String owner, Set<String> categories) {
    }

    /** The records a batch of changes is about, read once for every subscription. */
    private final class Records {

        private final Map<String, Fact> facts = new HashMap<>();

        Records(List<Change> batch) {
            Map<RecordKind, Set<String>> ids = new HashMap<>();
            for (Change change : batch) {
                if (WebhookEvent.isRecord(change.recordKind)) {
                    RecordKind kind = change.recordKind.equals(RecordKind.SOFTWARE.wire) ? RecordKind.SOFTWARE : RecordKind.SOLUTION;
                    ids.computeIfAbsent(kind, k -> new HashSet<>()).add(change.recordId);
                }
            }
            ids.forEach((kind, some) -> {
                for (CatalogueRecord record : records.all(kind, some)) {
                    facts.put(kind.wire + "/" + record.id, new Fact(record.status, record.submittedBy,
                            record instanceof Solution solution ? solution.ownerId : null, Set.copyOf(record.categories)));
                }
            });
        }

        Fact of(Change change) {
            return facts.get(change.recordKind + "/" + change.recordId);
        }
    }

    // ---------------------------------------------------------------- attempts

    /** One attempt to make: where, with what secret, which body. */
    record Attempt(String deliveryId, URI url, String secret, String payload) {
    }

    /** What an attempt met: a status code, or an error before one came back; and how long the receiver asked to wait. */
    record Outcome(String deliveryId, Integer status, String error, Duration retryAfter) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /**
     * Takes the due deliveries no other instance holds, and leases them to this instance
     * for one attempt each. A subscription whose key was revoked stops here.
     */
    @Transactional
    List<Attempt> claim(String instance, int limit) {
        OffsetDateTime now = Clocks.now(clock);
        Duration lease = config.lease().compareTo(config.requestTimeout().multipliedBy(2)) > 0 ? config.lease()
                : config.requestTimeout().multipliedBy(2);
        Map<String, Boolean> owners = new HashMap<>();
        List<Attempt> attempts = new ArrayList<>();
        for (Delivery delivery : webhooks.lockDue(now, limit)) {
            Subscription subscription = webhooks.find(delivery.subscriptionId);
            boolean valid = owners.computeIfAbsent(subscription.id, id -> keyHolders.holder(subscription.ownerKeyId).isPresent());
            if (!valid) {
                if (subscription.active()) {
                    disable(subscription, WebhookView.DisabledReason.KEY_REVOKED, null, WORKER);
                }
                continue;
            }
            delivery.attempts++;
            delivery.firstAttemptAt = delivery.firstAttemptAt == null ? now : delivery.firstAttemptAt;
            delivery.lastAttemptAt = now;
            delivery.leaseOwner = instance;
            delivery.leaseUntil = now.plus(lease);
            attempts.add(new Attempt(delivery.id, URI.create(subscription.url), subscription.secret, delivery.payload));
        }
        return attempts;
    }

    /**
     * Records what each attempt met: delivered on a 2xx; else a retry, later each time,
     * until the retry window since the first attempt is over: then the delivery has
     * failed and its subscription is disabled (at once on 410 Gone, which says the
     * receiver wants no more). An outcome for a lease another instance has taken over since is dropped.
     * Answers how many deliveries this ended, delivered and failed.
     */
    @Transactional
    Ended record(String instance, List<Outcome> outcomes) {
        OffsetDateTime now = Clocks.now(clock);
        int delivered = 0;
        int failed = 0;
        for (Outcome outcome : outcomes) {
            Delivery delivery = webhooks.lockDelivery(outcome.deliveryId());
            if (delivery == null || !instance.equals(delivery.leaseOwner) || !PENDING.equals(delivery.status)) {
                continue;
            }
            delivery.leaseUntil = null;
            delivery.lastStatusCode = outcome.status();
            delivery.lastError = outcome.delivered() ? null : truncate(outcome.error() != null ? outcome.error() : "HTTP " + outcome.status());
            if (outcome.delivered()) {
                delivery.status = DeliveryView.Status.DELIVERED.wire();
                delivery.deliveredAt = now;
                delivery.nextAttemptAt = null;
                delivered++;
                continue;
            }
            OffsetDateTime deadline = delivery.firstAttemptAt.plus(config.retryWindow());
            boolean gone = Integer.valueOf(410).equals(outcome.status());
            if (gone || !now.isBefore(deadline)) {
                delivery.status = DeliveryView.Status.FAILED.wire();
                delivery.nextAttemptAt = null;
                failed++;
                Subscription subscription = webhooks.lock(delivery.subscriptionId);
                if (subscription.active()) {
                    disable(subscription, gone ? WebhookView.DisabledReason.GONE : WebhookView.DisabledReason.FAILING,
                            truncate(delivery.lastError + " (" + delivery.id + ", " + delivery.attempts + " attempts since "
                                    + delivery.firstAttemptAt + ")"),
                            WORKER);
                }
                continue;
            }
            OffsetDateTime next = now.plus(backoff.after(delivery.attempts, outcome.retryAfter(), ThreadLocalRandom.current()));
            delivery.nextAttemptAt = next.isAfter(deadline) ? deadline : next;
        }
        return new Ended(delivered, failed);
    }

    /** Deliveries that an attempt ended: delivered, or failed for good (the retry window over, or 410 Gone). */
    record Ended(int delivered, int failed) {
    }

    /** Pending deliveries of stopped subscriptions, cancelled apart from the transaction that stopped them (it may hold others' rows). */
    @Transactional
    int cancelOrphans() {
        return webhooks.cancelOrphans();
    }

    @Transactional
    int prune() {
        return webhooks.prune(Clocks.now(clock).minus(config.keepDeliveries()));
    }

    // ---------------------------------------------------------------- the subscription's lifecycle

    /** Disables a subscription (it stays, with the reason), in the change log like every change. */
    void disable(Subscription subscription, WebhookView.DisabledReason reason, String detail, Actor actor) {
        ObjectNode before = state(subscription);
        subscription.disabledAt = Clocks.now(clock);
        subscription.disabledReason = reason.wire();
        subscription.disabledDetail = detail;
        changeLog.append(actor, subscription.disabledAt, new ChangeLog.Entry(WebhookService.KIND, subscription.id, null, "disabled", 2,
                MergePatch.diff(before, state(subscription))));
    }

    /** A subscription as the change log keeps it: never its secret. */
    static ObjectNode state(Subscription subscription) {
        return StoredJson.MAPPER.valueToTree(WebhookView.of(subscription, null));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }
}
