package ca.quebec.catalogue.software;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.changes.RecordRevisions;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Tagged;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.record.RecordRules;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.visibility.RecordStatus;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Reading, submitting and editing software records (moderation is its own room). */
@ApplicationScoped
public class SoftwareService {

    /** Fields a merge patch may not set: identity, lifecycle and bookkeeping. */
    static final List<String> READ_ONLY = List.of("id", "status", "statusReason", "usageCount", "revision", "createdAt", "updatedAt");

    private final RecordRepository records;
    private final RecordRules rules;
    private final RecordRevisions revisions;
    private final SoftwareViews views;
    private final ObjectMapper json;
    private final Clock clock;

    SoftwareService(RecordRepository records, RecordRules rules, RecordRevisions revisions, SoftwareViews views, ObjectMapper json,
            Clock clock) {
        this.records = records;
        this.rules = rules;
        this.revisions = revisions;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    /** The software a list shows the caller (see the visibility policy), with the filters in {@code where} (on {@code r}). */
    @Transactional
    public Listing<SoftwareView> list(Caller caller, RecordStatus status, Condition where, RecordSort sort, PageRequest page) {
        Condition listed = VisibilityPolicy.of(caller).listed("r", status);
        return records.list(Software.class, listed.and(where), sort, page).map(views::of);
    }

    @Transactional
    public Tagged<SoftwareView> get(String id, Caller caller) {
        Software software = records.visible(Software.class, RecordKind.SOFTWARE, id, VisibilityPolicy.of(caller));
        return new Tagged<>(views.of(software), SoftwareViews.etag(software));
    }

    /** A contributor's submission waits for a curator; a curator's is published at once. */
    @Transactional
    public Written<SoftwareView> create(Caller caller, SoftwareInput input) {
        caller.requireAuthenticated();
        Checks checks = new Checks();
        rules.check(input, caller, checks);
        String id = RecordRules.idFor(input, checks);
        checks.orThrow();
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        revisions.beforeCreating();
        id = rules.unusedId(Software.class, RecordKind.SOFTWARE, id, input.id() != null, policy);
        rules.refuseDuplicates(Software.class, RecordKind.SOFTWARE, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), null, policy);
        Software software = new Software();
        software.id = id;
        rules.apply(software, input);
        RecordRules.prepareNew(software, caller, Clocks.now(clock));
        records.persist(software);
        revisions.created(caller, software, views.state(software));
        return Written.created(views.of(software), SoftwareViews.etag(software), RecordKind.SOFTWARE.path(id));
    }

    /**
     * Applies an RFC 7396 merge patch. Curators edit every record; contributors
     * only their organization's submissions that no curator has decided on yet.
     */
    @Transactional
    public Written<SoftwareView> patch(Caller caller, String id, JsonNode patch, String ifMatch) {
        caller.requireAuthenticated();
        Software software = records.lockVisible(Software.class, RecordKind.SOFTWARE, id, VisibilityPolicy.of(caller));
        if (!caller.isCurator() && !(RecordStatus.SUBMITTED.wire().equals(software.status)
                && caller.organization().equals(software.submittedBy))) {
            throw new ProblemException(403, "forbidden-edit", id);
        }
        Versions.requireMatch(ifMatch, SoftwareViews.etag(software));
        SoftwareInput input = MergePatch.patched(rules.editable(software), patch, READ_ONLY, SoftwareInput.class, json);
        Checks checks = new Checks();
        rules.check(input, caller, checks);
        checks.orThrow();
        rules.refuseDuplicates(Software.class, RecordKind.SOFTWARE, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), software.pk, VisibilityPolicy.of(caller));
        ObjectNode before = views.state(software);
        rules.apply(software, input);
        revisions.revised(caller, software, "updated", before, views.state(software));
        return Written.updated(views.of(software), SoftwareViews.etag(software));
    }
}
