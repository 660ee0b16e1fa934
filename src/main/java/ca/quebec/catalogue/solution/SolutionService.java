package ca.quebec.catalogue.solution;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.publiccode.PubliccodeExporter;
import ca.quebec.catalogue.publiccode.PubliccodeMapper;
import ca.quebec.catalogue.publiccode.PubliccodeReport;
import ca.quebec.catalogue.publiccode.PubliccodeSolution;
import ca.quebec.catalogue.publiccode.PubliccodeValidator;
import ca.quebec.catalogue.record.Moderation;
import ca.quebec.catalogue.record.RecordEditor;
import ca.quebec.catalogue.record.RecordFilter;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.record.RecordQueries;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.record.RecordStatus;
import ca.quebec.catalogue.record.RecordVisibility;
import ca.quebec.catalogue.security.Caller;
import ca.quebec.catalogue.usage.UsageService;
import ca.quebec.catalogue.usage.UsageView;
import ca.quebec.catalogue.web.Checks;
import ca.quebec.catalogue.web.ETags;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.Tagged;
import ca.quebec.catalogue.web.Violation;
import ca.quebec.catalogue.web.Written;

/** Solutions: reading, submitting, editing, moderating, and publiccode.yml import and export. */
@ApplicationScoped
public class SolutionService {

    static final List<String> READ_ONLY = List.of("id", "status", "statusReason", "usageCount", "revision", "createdAt", "updatedAt",
            "importedFromPubliccode");

    private final SolutionRepository repository;
    private final RecordQueries queries;
    private final RecordEditor editor;
    private final SolutionRules rules;
    private final SolutionViews views;
    private final SolutionPubliccode publiccode;
    private final UsageService usages;
    private final OrganizationService organizations;
    private final PubliccodeValidator validator;
    private final PubliccodeMapper mapper;
    private final PubliccodeExporter exporter;
    private final ObjectMapper json;

    public SolutionService(SolutionRepository repository, RecordQueries queries, RecordEditor editor, SolutionRules rules,
            SolutionViews views, SolutionPubliccode publiccode, UsageService usages, OrganizationService organizations,
            PubliccodeValidator validator, PubliccodeMapper mapper, PubliccodeExporter exporter, ObjectMapper json) {
        this.repository = repository;
        this.queries = queries;
        this.editor = editor;
        this.rules = rules;
        this.views = views;
        this.publiccode = publiccode;
        this.usages = usages;
        this.organizations = organizations;
        this.validator = validator;
        this.mapper = mapper;
        this.exporter = exporter;
        this.json = json;
    }

    @Transactional
    public Listing<SolutionView> list(RecordVisibility visibility, RecordFilter filter, RecordSort sort, PageRequest page, Caller caller) {
        RecordQueries.Slice<Solution> slice = queries.list(Solution.class, visibility, filter, sort, page);
        return Listing.of(slice.rows(), page, slice.total(), sort::cursorAfter, s -> views.of(s, caller.authenticated()));
    }

    @Transactional
    public Tagged<SolutionView> get(String id, Caller caller) {
        Solution solution = visible(id, caller);
        return new Tagged<>(views.of(solution, caller.authenticated()), SolutionViews.etag(solution, caller.authenticated()));
    }

    @Transactional
    public Listing<UsageView> usages(String id, PageRequest page, Caller caller) {
        return usages.ofRecord(visible(id, caller), page, caller.authenticated());
    }

    @Transactional
    public Written<SolutionView> create(Caller caller, SolutionInput input) {
        caller.requireAuthenticated();
        Checks checks = new Checks();
        rules.check(input, caller, checks);
        String id = idFor(input, checks);
        checks.orThrow();
        editor.refuseDuplicates(Solution.class, RecordKind.SOLUTION, id, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), null);
        Solution solution = new Solution();
        solution.id = id;
        apply(solution, input, caller);
        editor.create(caller, solution, views::state);
        return Written.created(views.of(solution, true), SolutionViews.etag(solution, true), RecordKind.SOLUTION.path(id));
    }

    /**
     * A merge patch. Curators edit every solution; the owner organization's
     * contributors edit theirs, submitted or published, and every edit is in the history.
     */
    @Transactional
    public Written<SolutionView> patch(Caller caller, String id, JsonNode patch, String ifMatch) {
        caller.requireAuthenticated();
        Solution solution = lockVisible(id, caller);
        requireEditor(caller, solution);
        ETags.requireMatch(ifMatch, SolutionViews.etag(solution, true));
        SolutionInput input = RecordEditor.patched(views.editable(solution), patch, READ_ONLY, SolutionInput.class, json);
        Checks checks = new Checks();
        rules.check(input, caller, checks);
        checks.orThrow();
        editor.refuseDuplicates(Solution.class, RecordKind.SOLUTION, null, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), solution.pk);
        ObjectNode before = views.state(solution);
        apply(solution, input, caller);
        editor.edited(caller, solution, before, views::state);
        return Written.updated(views.of(solution, true), SolutionViews.etag(solution, true));
    }

    @Transactional
    public Written<SolutionView> moderate(Caller caller, String id, Moderation moderation, String reason, String ifMatch) {
        Solution solution = editor.moderate(caller, Solution.class, RecordKind.SOLUTION, id, moderation, reason, ifMatch, views::state,
                s -> SolutionViews.etag(s, true));
        return Written.updated(views.of(solution, true), SolutionViews.etag(solution, true));
    }

    /** The outcome of an import: the solution as stored (or as it would be, for a dry run). */
    public record Imported(Written<SolutionView> written, PubliccodeReport report) {
    }

    /**
     * Imports a publiccode.yml: creates a solution owned by the caller's
     * organization (a curator may name another), or updates the caller's own
     * solution with the same repository. An invalid file is a 422 carrying the
     * validation report; a dry run checks and shows without storing.
     */
    @Transactional
    public Imported importFile(Caller caller, byte[] yaml, String owner, boolean dryRun, String ifMatch) {
        caller.requireAuthenticated();
        PubliccodeReport report = validator.validate(yaml);
        if (!report.valid()) {
            throw new PubliccodeRefusal(report);
        }
        PubliccodeSolution file = mapper.read(report);
        String ownerId = owner != null ? owner : caller.organization();
        if (owner != null && !caller.isCurator() && !owner.equals(caller.organization())) {
            throw new ProblemException(403, "forbidden-organization", caller.organization(), owner);
        }
        Solution existing = file.url() == null ? null : repository.findByRepository(RecordNames.normalizeRepository(file.url()));
        if (existing != null) {
            if (!RecordEditor.visibleTo(existing, caller) || !(caller.isCurator() || caller.organization().equals(existing.ownerId))) {
                throw ProblemException.conflict("duplicate-repository", RecordKind.SOLUTION.path(existing.id), existing.id);
            }
            existing = dryRun ? existing : lockVisible(existing.id, caller);
            requireEditor(caller, existing);
            if (ifMatch != null) {
                ETags.requireMatch(ifMatch, SolutionViews.etag(existing, true));
            }
            ownerId = owner != null ? owner : existing.ownerId;
        }
        SolutionInput input = publiccode.read(file, ownerId, existing);
        Checks checks = new Checks();
        rules.check(input, caller, checks);
        String id = existing != null ? existing.id : idFor(input, checks);
        checks.orThrow();
        editor.refuseDuplicates(Solution.class, RecordKind.SOLUTION, existing == null ? id : null, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), existing == null ? null : existing.pk);

        Solution target = existing != null && !dryRun ? existing : new Solution();
        ObjectNode before = existing == null ? null : views.state(existing);
        if (existing != null && dryRun) {
            copyBookkeeping(existing, target);
        }
        target.id = id;
        apply(target, input, caller);
        target.publiccode = new String(yaml, StandardCharsets.UTF_8);
        target.publiccodeDetails = SolutionPubliccode.keep(file);
        if (dryRun) {
            target.status = existing != null ? existing.status : caller.isCurator() ? RecordStatus.PUBLISHED.wire : RecordStatus.SUBMITTED.wire;
            return new Imported(Written.updated(views.of(target, true), null), report);
        }
        if (existing == null) {
            editor.create(caller, target, views::state);
            return new Imported(Written.created(views.of(target, true), SolutionViews.etag(target, true), RecordKind.SOLUTION.path(id)),
                    report);
        }
        editor.edited(caller, target, before, views::state);
        return new Imported(Written.updated(views.of(target, true), SolutionViews.etag(target, true)), report);
    }

    /** An invalid publiccode.yml: the 422 that the import answers carries the whole report. */
    public static final class PubliccodeRefusal extends RuntimeException {
        public final transient PubliccodeReport report;

        PubliccodeRefusal(PubliccodeReport report) {
            super("invalid publiccode.yml", null, false, false);
            this.report = report;
        }
    }

    /** The solution as publiccode.yml; private contacts for authenticated callers only. */
    @Transactional
    public String export(String id, Caller caller) {
        Solution solution = visible(id, caller);
        Organization owner = organizations.require(solution.ownerId);
        try {
            return exporter.write(publiccode.export(solution, owner, caller.authenticated()), caller.authenticated());
        } catch (PubliccodeExporter.IncompleteSolutionException incomplete) {
            // Every solution is checked against what an export needs when it is written, so this is a bug, not bad input.
            throw new IllegalStateException("Solution " + id + " cannot be exported: " + incomplete.issues(), incomplete);
        }
    }

    private String idFor(SolutionInput input, Checks checks) {
        String id = input.id() != null ? input.id() : input.name() == null ? null : RecordNames.slug(input.name());
        if (input.id() == null && input.name() != null && id.isEmpty()) {
            checks.add(Violation.of("/id", "required"));
        }
        return id;
    }

    private void apply(Solution s, SolutionInput in, Caller caller) {
        editor.apply(s, in);
        s.ownerId = in.owner() != null ? in.owner() : s.ownerId != null ? s.ownerId : caller.organization();
        s.longDescriptionFr = in.longDescription().fr();
        s.longDescriptionEn = in.longDescription().en();
        s.features = in.features();
        s.documentation = in.documentation();
        s.developmentStatus = in.developmentStatus();
        s.softwareType = in.softwareType();
        s.maintenanceType = in.maintenance().type();
        s.contractors = in.maintenance().contractors() == null ? List.of() : List.copyOf(in.maintenance().contractors());
        s.contacts = in.contacts() == null ? List.of() : List.copyOf(in.contacts());
        s.dependsOn = in.dependsOn() == null ? List.of() : List.copyOf(new LinkedHashSet<>(in.dependsOn()));
        s.availableLanguages = List.copyOf(in.availableLanguages());
        s.localisationReady = in.localisationReady();
    }

    private static void copyBookkeeping(Solution from, Solution to) {
        to.pk = null;
        to.revision = from.revision;
        to.createdAt = from.createdAt;
        to.updatedAt = from.updatedAt;
        to.usageCount = from.usageCount;
        to.statusReason = from.statusReason;
        to.submittedBy = from.submittedBy;
        to.categories = new LinkedHashSet<>(from.categories);
    }

    private static void requireEditor(Caller caller, Solution solution) {
        if (!caller.isCurator() && !caller.organization().equals(solution.ownerId)) {
            throw new ProblemException(403, "forbidden-edit-solution", solution.id, solution.ownerId);
        }
        if (!caller.isCurator() && (RecordStatus.REJECTED.wire.equals(solution.status) || RecordStatus.ARCHIVED.wire.equals(solution.status))) {
            throw new ProblemException(403, "forbidden-edit-solution", solution.id, solution.ownerId);
        }
    }

    private Solution lockVisible(String id, Caller caller) {
        Solution solution = editor.lock(Solution.class, id);
        if (solution == null || !RecordEditor.visibleTo(solution, caller)) {
            throw ProblemException.notFound("solution", id);
        }
        return solution;
    }

    Solution visible(String id, Caller caller) {
        Solution solution = repository.findBySlug(id);
        if (solution == null || !RecordEditor.visibleTo(solution, caller)) {
            throw ProblemException.notFound("solution", id);
        }
        return solution;
    }
}
