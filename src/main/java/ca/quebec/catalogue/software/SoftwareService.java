package ca.quebec.catalogue.software;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.record.RecordEditor;
import ca.quebec.catalogue.record.RecordFilter;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.record.RecordQueries;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.record.RecordStatus;
import ca.quebec.catalogue.record.RecordVisibility;
import ca.quebec.catalogue.record.Moderation;
import ca.quebec.catalogue.security.Caller;
import ca.quebec.catalogue.web.Checks;
import ca.quebec.catalogue.web.ETags;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.Tagged;
import ca.quebec.catalogue.web.Violation;
import ca.quebec.catalogue.web.Written;

/** Reading, submitting, editing and moderating software records. */
@ApplicationScoped
public class SoftwareService {

    /** Fields a merge patch may not set: identity, lifecycle and bookkeeping. */
    static final List<String> READ_ONLY = List.of("id", "status", "statusReason", "usageCount", "revision", "createdAt", "updatedAt");

    private final SoftwareRepository repository;
    private final RecordQueries queries;
    private final RecordEditor editor;
    private final SoftwareViews views;
    private final ObjectMapper json;

    public SoftwareService(SoftwareRepository repository, RecordQueries queries, RecordEditor editor, SoftwareViews views,
            ObjectMapper json) {
        this.repository = repository;
        this.queries = queries;
        this.editor = editor;
        this.views = views;
        this.json = json;
    }

    @Transactional
    public Listing<SoftwareView> list(RecordVisibility visibility, RecordFilter filter, RecordSort sort, PageRequest page) {
        RecordQueries.Slice<Software> slice = queries.list(Software.class, visibility, filter, sort, page);
        return Listing.of(slice.rows(), page, slice.total(), sort::cursorAfter, views::of);
    }

    @Transactional
    public Tagged<SoftwareView> get(String id, Caller caller) {
        Software software = visible(id, caller);
        return new Tagged<>(views.of(software), SoftwareViews.etag(software));
    }

    /** A contributor's submission waits for a curator; a curator's is published at once. */
    @Transactional
    public Written<SoftwareView> create(Caller caller, SoftwareInput input) {
        caller.requireAuthenticated();
        Checks checks = new Checks();
        editor.check(input, caller, checks);
        String id = input.id() != null ? input.id() : input.name() == null ? null : RecordNames.slug(input.name());
        if (input.id() == null && input.name() != null && id.isEmpty()) {
            checks.add(Violation.of("/id", "required"));
        }
        checks.orThrow();
        editor.refuseDuplicates(Software.class, RecordKind.SOFTWARE, id, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), null);
        Software software = new Software();
        software.id = id;
        editor.apply(software, input);
        editor.create(caller, software, views::state);
        return Written.created(views.of(software), SoftwareViews.etag(software), RecordKind.SOFTWARE.path(id));
    }

    /**
     * Applies an RFC 7396 merge patch. Curators edit every record; contributors
     * only their organization's submissions that no curator has decided on yet.
     */
    @Transactional
    public Written<SoftwareView> patch(Caller caller, String id, JsonNode patch, String ifMatch) {
        caller.requireAuthenticated();
        Software software = editor.lock(Software.class, id);
        if (software == null || !RecordEditor.visibleTo(software, caller)) {
            throw ProblemException.notFound("software", id);
        }
        if (!caller.isCurator() && !(RecordStatus.SUBMITTED.wire.equals(software.status)
                && caller.organization().equals(software.submittedBy))) {
            throw new ProblemException(403, "forbidden-edit", id);
        }
        ETags.requireMatch(ifMatch, SoftwareViews.etag(software));
        SoftwareInput input = RecordEditor.patched(editor.editable(software), patch, READ_ONLY, SoftwareInput.class, json);
        Checks checks = new Checks();
        editor.check(input, caller, checks);
        checks.orThrow();
        editor.refuseDuplicates(Software.class, RecordKind.SOFTWARE, null, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), software.pk);
        ObjectNode before = views.state(software);
        editor.apply(software, input);
        editor.edited(caller, software, before, views::state);
        return Written.updated(views.of(software), SoftwareViews.etag(software));
    }

    /** A curator's decision: approve, reject or archive. */
    @Transactional
    public Written<SoftwareView> moderate(Caller caller, String id, Moderation moderation, String reason, String ifMatch) {
        Software software = editor.moderate(caller, Software.class, RecordKind.SOFTWARE, id, moderation, reason, ifMatch, views::state,
                SoftwareViews::etag);
        return Written.updated(views.of(software), SoftwareViews.etag(software));
    }

    /** A software the caller may see: published or archived, or a submission of the caller's own (or any, for curators). */
    Software visible(String id, Caller caller) {
        Software software = repository.findBySlug(id);
        if (software == null || !RecordEditor.visibleTo(software, caller)) {
            throw ProblemException.notFound("software", id);
        }
        return software;
    }
}
