package ca.quebec.catalogue.usage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.changes.Actor;
import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Tagged;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Usage declarations one at a time: reading them, declaring, withdrawing. */
@ApplicationScoped
public class UsageService {

    private final UsageRepository usages;
    private final UsageWrites writes;
    private final RecordRepository records;
    private final OrganizationService organizations;
    private final ChangeLog changeLog;
    private final Clock clock;

    UsageService(UsageRepository usages, UsageWrites writes, RecordRepository records, OrganizationService organizations,
            ChangeLog changeLog, Clock clock) {
        this.usages = usages;
        this.writes = writes;
        this.records = records;
        this.organizations = organizations;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** The active usages of a record the caller may see, by organization id. */
    @Transactional
    public Listing<UsageView> ofRecord(RecordKind kind, String recordId, PageRequest page, Caller caller) {
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        CatalogueRecord record = records.visible(kind, recordId, policy);
        return usages.ofRecord(record, page).map(u -> UsageViews.of(u, policy));
    }

    /** The active usages an organization declares, of the records the caller may see, by kind then record id. */
    @Transactional
    public Listing<UsageView> ofOrganization(String organizationId, PageRequest page, Caller caller) {
        organizations.require(organizationId);
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        return usages.ofOrganization(organizationId, policy.visible("u.record"), page).map(u -> UsageViews.of(u, policy));
    }

    /** One organization's active usage of a record the caller may see. */
    @Transactional
    public Tagged<UsageView> get(RecordKind kind, String recordId, String organizationId, Caller caller) {
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        CatalogueRecord record = records.visible(kind, recordId, policy);
        Usage usage = usages.find(record, organizationId);
        if (usage == null || !usage.active()) {
            throw ProblemException.notFound("usage", organizationId);
        }
        return new Tagged<>(UsageViews.of(usage, policy), UsageViews.etag(usage, policy));
    }

    /**
     * Declares or updates a usage. Creating needs no If-Match; changing an
     * active declaration needs the ETag of the version read.
     */
    @Transactional
    public Written<UsageView> declare(Caller caller, RecordKind kind, String recordId, String organizationId, UsageInput input,
            String ifMatch) {
        caller.requireAuthenticated();
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        CatalogueRecord record = records.lockVisible(kind, recordId, policy);
        organizations.require(organizationId);
        caller.requireActingFor(organizationId);
        Checks checks = new Checks();
        input.check("", checks);
        checks.orThrow();

        Usage usage = usages.find(record, organizationId);
        boolean creating = usage == null || !usage.active();
        if (creating) {
            if (ifMatch != null) {
                // If-Match names a version; there is none to match.
                throw new ProblemException(412, "precondition-failed", "-");
            }
        } else {
            Versions.requireMatch(ifMatch, UsageViews.etag(usage, policy));
        }
        OffsetDateTime now = Clocks.now(clock);
        List<ChangeLog.Entry> changes = new ArrayList<>();
        usage = writes.apply(record, organizationId, usage, input, now, changes);
        if (!changes.isEmpty()) {
            writes.recount(List.of(record));
            changeLog.append(Actor.of(caller), now, changes);
        }
        UsageView view = UsageViews.of(usage, policy);
        return creating ? Written.created(view, UsageViews.etag(usage, policy), kind.path(record.id) + "/usages/" + organizationId)
                : Written.updated(view, UsageViews.etag(usage, policy));
    }

    /** Withdraws an active usage; it is kept, with the time it was withdrawn. If-Match is optional here. */
    @Transactional
    public void withdraw(Caller caller, RecordKind kind, String recordId, String organizationId, String ifMatch) {
        caller.requireAuthenticated();
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        CatalogueRecord record = records.lockVisible(kind, recordId, policy);
        organizations.require(organizationId);
        caller.requireActingFor(organizationId);
        Usage usage = usages.find(record, organizationId);
        if (usage == null || !usage.active()) {
            throw ProblemException.notFound("usage", organizationId);
        }
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, UsageViews.etag(usage, policy));
        }
        OffsetDateTime now = Clocks.now(clock);
        ChangeLog.Entry change = writes.withdraw(usage, now);
        writes.recount(List.of(record));
        changeLog.append(Actor.of(caller), now, List.of(change));
    }
}
