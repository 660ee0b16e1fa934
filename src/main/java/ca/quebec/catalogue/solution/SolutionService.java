package ca.quebec.catalogue.solution;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
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
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.publiccode.PubliccodeExporter;
import ca.quebec.catalogue.publiccode.PubliccodeMapper;
import ca.quebec.catalogue.publiccode.PubliccodeReport;
import ca.quebec.catalogue.publiccode.PubliccodeSolution;
import ca.quebec.catalogue.publiccode.PubliccodeValidator;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.record.RecordRules;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.visibility.RecordStatus;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Solutions: reading, submitting, editing, and publiccode.yml import and export (moderation is its own room). */
@ApplicationScoped
public class SolutionService {

    static final List<String> READ_ONLY = List.of("id", "status", "statusReason", "usageCount", "revision", "createdAt", "updatedAt",
            "importedFromPubliccode");

    private final SolutionRepository repository;
    private final RecordRepository records;
    private final RecordRules recordRules;
    private final RecordRevisions revisions;
    private final SolutionRules rules;
    private final SolutionViews views;
    private final SolutionPubliccode publiccode;
    private final OrganizationService organizations;
    private final PubliccodeValidator validator;
    private final PubliccodeMapper mapper;
    private final PubliccodeExporter exporter;
    private final ObjectMapper json;
    private final Clock clock;

    SolutionService(SolutionRepository repository, RecordRepository records, RecordRules recordRules, RecordRevisions revisions,
            SolutionRules rules, SolutionViews views, SolutionPubliccode publiccode, OrganizationService organizations,
            PubliccodeValidator validator, PubliccodeMapper mapper, PubliccodeExporter exporter, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.recordRules = recordRules;
        this.revisions = revisions;
        this.rules = rules;
        this.views = views;
        this.publiccode = publiccode;
        this.organizations = organizations;
        this.validator = validator;
        this.mapper = mapper;
        this.exporter = exporter;
        this.json = json;
        this.clock = clock;
    }

    /** The solutions a list shows the caller (see the visibility policy), with the filters in {@code where} (on {@code r}). */
    @Transactional
    public Listing<SolutionView> list(Caller caller, RecordStatus status, Condition where, RecordSort sort, PageRequest page) {
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        return records.list(Solution.class, policy.listed("r", status).and(where), sort, page).map(s -> views.of(s, policy));
    }

    /** Solutions (aliased {@code r}) that a body owns, in a development status, with a maintenance (any when null). */
    public static Condition filter(String owner, DevelopmentStatus developmentStatus, MaintenanceType maintenance) {
        Condition where = Condition.ALWAYS;
        if (owner != null) {
            where = where.and(Condition.of("r.ownerId = :owner", "owner", owner));
        }
        if (developmentStatus != null) {
            where = where.and(Condition.of("r.developmentStatus = :developmentStatus", "developmentStatus", developmentStatus.wire()));
        }
        if (maintenance != null) {
            where = where.and(Condition.of("r.maintenanceType = :maintenance", "maintenance", maintenance.wire()));
        }
        return where;
    }

    @Transactional
    public Tagged<SolutionView> get(String id, Caller caller) {
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        Solution solution = visible(id, policy);
        return new Tagged<>(views.of(solution, policy), views.etag(solution, policy));
    }

    @Transactional
    public Written<SolutionView> create(Caller caller, SolutionInput input) {
        caller.requireAuthenticated();
        Checks checks = new Checks();
        rules.check(input, caller, checks);
        String id = RecordRules.idFor(input, checks);
        checks.orThrow();
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        revisions.beforeCreating();
        id = recordRules.unusedId(Solution.class, RecordKind.SOLUTION, id, input.id() != null, policy);
        recordRules.refuseDuplicates(Solution.class, RecordKind.SOLUTION, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), null, policy);
        Solution solution = new Solution();
        solution.id = id;
        apply(solution, input, caller);
        return created(caller, solution);
    }

    private Written<SolutionView> created(Caller caller, Solution solution) {
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        RecordRules.prepareNew(solution, caller, Clocks.now(clock));
        records.persist(solution);
        revisions.created(caller, solution, views.state(solution));
        return Written.created(views.of(solution, policy), views.etag(solution, policy), RecordKind.SOLUTION.path(solution.id));
    }

    /**
     * A merge patch. Curators edit every solution; the owner organization's
     * contributors edit theirs, submitted or published, and every edit is in the history.
     */
    @Transactional
    public Written<SolutionView> patch(Caller caller, String id, JsonNode patch, String ifMatch) {
        caller.requireAuthenticated();
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        Solution solution = records.lockVisible(Solution.class, RecordKind.SOLUTION, id, policy);
        requireEditor(caller, solution);
        Versions.requireMatch(ifMatch, views.etag(solution, policy));
        SolutionInput input = MergePatch.patched(views.editable(solution), patch, READ_ONLY, SolutionInput.class, json);
        Checks checks = new Checks();
        rules.check(input, caller, checks);
        checks.orThrow();
        recordRules.refuseDuplicates(Solution.class, RecordKind.SOLUTION, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), solution.pk, policy);
        ObjectNode before = views.state(solution);
        apply(solution, input, caller);
        revisions.revised(caller, solution, "updated", before, views.state(solution));
        return Written.updated(views.of(solution, policy), views.etag(solution, policy));
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
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        PubliccodeReport report = validator.validate(yaml);
        if (!report.valid()) {
            throw new PubliccodeRefusal(report);
        }
        PubliccodeSolution file = mapper.read(report);
        String ownerId = owner != null ? owner : caller.organization();
        if (owner != null && !caller.isCurator() && !owner.equals(caller.organization())) {
            throw new ProblemException(403, "forbidden-organization", caller.organization(), owner);
        }
        if (!dryRun) {
            revisions.beforeCreating();
        }
        // Found by a look-up that loads nothing, then locked and read: an update never writes back a copy read before the lock.
        // A solution with this repository that the caller may not see is not there for it: the import makes a new one.
        String existingId = file.url() == null ? null : repository.idByRepository(RecordNames.normalizeRepository(file.url()));
        Solution existing = existingId == null ? null : dryRun ? records.find(Solution.class, existingId) : records.lock(Solution.class, existingId);
        if (existing != null && !policy.maySee(existing.status, existing.submittedBy)) {
            existing = null;
        }
        if (existing != null) {
            if (!(caller.isCurator() || caller.organization().equals(existing.ownerId))) {
                throw ProblemException.conflict("duplicate-repository", RecordKind.SOLUTION.path(existing.id), existing.id);
            }
            requireEditor(caller, existing);
            if (ifMatch != null) {
                Versions.requireMatch(ifMatch, views.etag(existing, policy));
            }
            ownerId = owner != null ? owner : existing.ownerId;
        } else if (ifMatch != null) {
            // If-Match names a version of the solution the file updates: a file that makes a new one has none to match.
            throw new ProblemException(412, "precondition-failed", "-");
        }
        SolutionInput input = publiccode.read(file, ownerId, existing);
        Checks checks = new Checks();
        rules.check(input, caller, checks);
        String id = existing != null ? existing.id : RecordRules.idFor(input, checks);
        checks.orThrow();
        if (existing == null) {
            id = recordRules.unusedId(Solution.class, RecordKind.SOLUTION, id, input.id() != null, policy);
        }
        recordRules.refuseDuplicates(Solution.class, RecordKind.SOLUTION, RecordNames.normalize(input.name()),
                RecordNames.normalizeRepository(input.repository()), existing == null ? null : existing.pk, policy);

        Solution target = existing != null && !dryRun ? existing : new Solution();
        ObjectNode before = existing == null ? null : views.state(existing);
        if (existing != null && dryRun) {
            copyBookkeeping(existing, target);
        }
        target.id = id;
        apply(target, input, caller);
        target.publiccode = new String(yaml, StandardCharsets.UTF_8);
        target.publiccodeDetails = SolutionPubliccode.keep(file);
        if (target.publiccodeDetails.length() > SolutionPubliccode.DETAILS_MAX) {
            // A valid file whose parsed form outgrows what is kept of it (aliases expanded, say): refused, not a 500.
            throw ProblemException.invalid(Violation.of("", "publiccode-too-large", SolutionPubliccode.DETAILS_MAX));
        }
        if (dryRun) {
            // What would be stored: a new record's first revision, or the next one if anything changes.
            if (existing == null) {
                RecordRules.prepareNew(target, caller, Clocks.now(clock));
            } else if (!before.equals(views.state(target))) {
                target.revision++;
                target.updatedAt = Clocks.now(clock);
            }
            return new Imported(Written.updated(views.of(target, policy), null), report);
        }
        if (existing == null) {
            return new Imported(created(caller, target), report);
        }
        revisions.revised(caller, target, "updated", before, views.state(target));
        return new Imported(Written.updated(views.of(target, policy), views.etag(target, policy)), report);
    }

    /** An invalid publiccode.yml: the 422 that the import answers carries the whole report. */
    public static final class PubliccodeRefusal extends RuntimeException {
        public final transient PubliccodeReport report;

        PubliccodeRefusal(PubliccodeReport report) {
            super("invalid publiccode.yml", null, false, false);
            this.report = report;
        }
    }

    /** The solution as publiccode.yml, with the contacts the caller may see. */
    @Transactional
    public String export(String id, Caller caller) {
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        Solution solution = visible(id, policy);
        Organization owner = organizations.require(solution.ownerId);
        try {
            return exporter.write(publiccode.export(solution, owner, policy));
        } catch (PubliccodeExporter.IncompleteSolutionException incomplete) {
            // Every solution is checked against what an export needs when it is written, so this is a bug, not bad input.
            throw new IllegalStateException("Solution " + id + " cannot be exported: " + incomplete.issues(), incomplete);
        }
    }

    private void apply(Solution s, SolutionInput in, Caller caller) {
        recordRules.apply(s, in);
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
        to.status = from.status;
        to.statusReason = from.statusReason;
        to.submittedBy = from.submittedBy;
        to.categories = new LinkedHashSet<>(from.categories);
    }

    private static void requireEditor(Caller caller, Solution solution) {
        if (!caller.isCurator() && !caller.organization().equals(solution.ownerId)) {
            throw new ProblemException(403, "forbidden-edit-solution", solution.id, solution.ownerId);
        }
        if (!caller.isCurator() && (RecordStatus.REJECTED.wire().equals(solution.status) || RecordStatus.ARCHIVED.wire().equals(solution.status))) {
            throw new ProblemException(403, "forbidden-edit-solution", solution.id, solution.ownerId);
        }
    }

    private Solution visible(String id, VisibilityPolicy policy) {
        return records.visible(Solution.class, RecordKind.SOLUTION, id, policy);
    }
}
