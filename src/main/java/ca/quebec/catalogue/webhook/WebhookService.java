package ca.quebec.catalogue.webhook;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.changes.Actor;
import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.QueryParameters;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.SignIn;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * Subscriptions as their owners manage them. Any key may subscribe; a subscription
 * belongs to the key that made it (admins see every one), receives what that key's
 * holder may see, and is never deleted: deleting disables it, and its deliveries stay
 * readable.
 */
@ApplicationScoped
class WebhookService {

    static final String KIND = "webhook";
    static final String SORT = WebhookRepository.SORT;
    static final String DELIVERY_SORT = WebhookRepository.DELIVERY_SORT;
    private static final int ID_MAX = 100;
    private static final int SHORT_ID_MAX = 64;

    private final WebhookRepository webhooks;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final ChangeService changes;
    private final OrganizationRepository organizations;
    private final CategoryRepository categories;
    private final RecordRepository records;
    private final Targets targets;
    private final int maxPerKey;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, Outbox outbox, ChangeLog changeLog, ChangeService changes,
            OrganizationRepository organizations, CategoryRepository categories, RecordRepository records, WebhookConfig config,
            Clock clock) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.changes = changes;
        this.organizations = organizations;
        this.categories = categories;
        this.records = records;
        this.targets = new Targets(config.allowPrivateTargets());
        this.maxPerKey = config.maxPerKey();
        this.clock = clock;
    }

    /**
     * Subscribes: checks the request, then starts the subscription at the change log's
     * current end, so that it receives the changes committed from now on.
     */
    @Transactional
    public Written<WebhookView> subscribe(Caller caller, WebhookInput input) {
        caller.requireAuthenticated();
        if (caller.signedInWith() == SignIn.OIDC) {
            // Deliveries go out long after the request, checked each time against their owner's key (KeyHolders):
            // an access token expires within minutes and cannot be checked again.
            throw new ProblemException(403, "webhook-needs-key");
        }
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        Checks checks = new Checks();
        checks.addAll(targets.check("/url", input.url()));
        if (checks.required("/events", input.events())) {
            if (input.events().isEmpty()) {
                checks.add(Violation.of("/events", "required"));
            } else if (input.events().size() > WebhookInput.EVENTS_MAX) {
                checks.add(Violation.of("/events", "too-many", WebhookInput.EVENTS_MAX, input.events().size()));
            } else {
                checks.stringsOneOf("/events", input.events(), WebhookEvent.class);
            }
        }
        WebhookFilter filter = input.filter() == null ? new WebhookFilter(null, null, null, null, null) : input.filter();
        check(filter, policy, checks);
        checks.orThrow();

        // Creations take turns on the change log's sequence: the count below holds, and the
        // position read is the end of everything committed.
        changeLog.lockSequence();
        if (webhooks.activeOf(caller.keyId()) >= maxPerKey) {
            throw new ProblemException(409, "too-many-webhooks", maxPerKey);
        }
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID().toString();
        subscription.ownerKeyId = caller.keyId();
        subscription.ownerOrganization = caller.organization();
        subscription.ownerRole = caller.role().wire();
        subscription.ownerLabel = caller.label();
        subscription.url = input.url();
        subscription.events = input.events().stream().sorted().toList();
        subscription.filterOrganization = filter.organization();
        subscription.filterKind = filter.kind();
        subscription.filterSoftware = filter.software();
        subscription.filterSolution = filter.solution();
        subscription.filterCategory = filter.category();
        subscription.secret = Signatures.newSecret();
        subscription.cursorSeq = changes.lastSeq();
        subscription.createdAt = Clocks.now(clock);
        webhooks.persist(subscription);
        changeLog.append(Actor.of(caller), subscription.createdAt, new ChangeLog.Entry(KIND, subscription.id, null, "created", 1,
                MergePatch.diff(null, Outbox.state(subscription))));
        return Written.created(WebhookView.of(subscription, subscription.secret), null, "/api/v1/webhooks/" + subscription.id);
    }

    private void check(WebhookFilter filter, VisibilityPolicy policy, Checks checks) {
        if (filter.organization() != null) {
            int before = checks.violations().size();
            checks.slug("/filter/organization", filter.organization(), SHORT_ID_MAX);
            if (checks.violations().size() == before && organizations.findById(filter.organization()) == null) {
                checks.add(Violation.of("/filter/organization", "unknown-organization", filter.organization()));
            }
        }
        checks.oneOf("/filter/kind", filter.kind(), RecordKind.class);
        if (filter.software() != null && filter.solution() != null) {
            checks.add(Violation.of("/filter/solution", "webhook-one-record"));
        }
        record(filter.software(), RecordKind.SOFTWARE, "/filter/software", filter.kind(), policy, checks);
        record(filter.solution(), RecordKind.SOLUTION, "/filter/solution", filter.kind(), policy, checks);
        if (filter.category() != null) {
            int before = checks.violations().size();
            checks.slug("/filter/category", filter.category(), SHORT_ID_MAX);
            if (checks.violations().size() == before && categories.findById(filter.category()) == null) {
                checks.add(Violation.of("/filter/category", "unknown-category", filter.category()));
            }
        }
    }

    /** A record filter names a record the key may see, of the kind the kind filter says (if any). */
    private void record(String id, RecordKind kind, String field, String kindFilter, VisibilityPolicy policy, Checks checks) {
        if (id == null) {
            return;
        }
        int before = checks.violations().size();
        checks.slug(field, id, ID_MAX);
        if (kindFilter != null && !kindFilter.equals(kind.wire)) {
            checks.add(Violation.of(field, "webhook-kind-conflict", kindFilter));
        }
        if (checks.violations().size() > before) {
            return;
        }
        RecordRepository.Summary found = records.summaries(kind, java.util.List.of(id)).get(id);
        if (found == null || !policy.maySee(found.status(), found.submittedBy())) {
            checks.add(Violation.of(field, "webhook-unknown-" + kind.wire, id));
        }
    }

    /** The caller's subscriptions (an admin's: every one), by id. */
    @Transactional
    public Listing<WebhookView> list(Caller caller, PageRequest page) {
        caller.requireAuthenticated();
        return webhooks.page(seesAll(caller) ? null : caller.keyId(), page).map(s -> WebhookView.of(s, null));
    }

    @Transactional
    public WebhookView get(Caller caller, String id) {
        return WebhookView.of(own(caller, id, false), null);
    }

    /** Disables the subscription (DELETE): no more deliveries; it stays listed, with its deliveries. */
    @Transactional
    public WebhookView delete(Caller caller, String id) {
        Subscription subscription = own(caller, id, true);
        if (subscription.active()) {
            outbox.disable(subscription, WebhookView.DisabledReason.DELETED, null, Actor.of(caller));
        }
        return WebhookView.of(subscription, null);
    }

    /** A page of the subscription's deliveries, newest first; of one status when asked. */
    @Transactional
    public Listing<DeliveryView> deliveries(Caller caller, String id, String status, PageRequest page) {
        Subscription subscription = own(caller, id, false);
        DeliveryView.Status wanted = QueryParameters.oneOf("status", status, DeliveryView.Status.class);
        return webhooks.deliveries(subscription.id, wanted == null ? null : wanted.wire(), page).map(DeliveryView::of);
    }

    /** The subscription, if the caller made it (or is an admin); else 404, as if it did not exist. */
    private Subscription own(Caller caller, String id, boolean lock) {
        caller.requireAuthenticated();
        Subscription subscription = id == null || id.length() > 36 ? null : lock ? webhooks.lock(id) : webhooks.find(id);
        if (subscription == null || !(seesAll(caller) || subscription.ownerKeyId.equals(caller.keyId()))) {
            throw ProblemException.notFound(KIND, id);
        }
        return subscription;
    }

    private static boolean seesAll(Caller caller) {
        return caller.role().includes(Role.ADMIN);
    }
}
