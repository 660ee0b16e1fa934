package ca.quebec.catalogue.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import ca.quebec.catalogue.kernel.BeanChecks;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.reconciliation.Candidate;
import ca.quebec.catalogue.reconciliation.InventoryLine;
import ca.quebec.catalogue.reconciliation.LineMatcher;
import ca.quebec.catalogue.reconciliation.Reconciled;
import ca.quebec.catalogue.reconciliation.Verdict;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.software.SoftwareInput;
import ca.quebec.catalogue.software.SoftwareService;
import ca.quebec.catalogue.software.SoftwareView;
import ca.quebec.catalogue.usage.BulkMode;
import ca.quebec.catalogue.usage.BulkUsageItem;
import ca.quebec.catalogue.usage.BulkUsageRequest;
import ca.quebec.catalogue.usage.BulkUsageResult;
import ca.quebec.catalogue.usage.BulkUsages;
import ca.quebec.catalogue.usage.InstallationRange;
import ca.quebec.catalogue.usage.UsageInput;

/**
 * An organization's inventory, reconciled: what each line names, and the bulk
 * declaration of the lines matched. Nothing is written unless the caller asks
 * for it ({@code apply}), and then only the matched lines, through the same
 * all-or-nothing path as {@code POST /usages/bulk}. Lines that name nothing the
 * catalogue holds can become software submissions.
 */
@ApplicationScoped
class InventoryService {

    static final int SUBMISSIONS_MAX = 100;

    private final LineMatcher matcher;
    private final OrganizationService organizations;
    private final BulkUsages bulk;
    private final SoftwareService software;
    private final Validator validator;

    InventoryService(LineMatcher matcher, OrganizationService organizations, BulkUsages bulk, SoftwareService software,
            Validator validator) {
        this.matcher = matcher;
        this.organizations = organizations;
        this.bulk = bulk;
        this.software = software;
        this.validator = validator;
    }

    /** A request's shape, checked: 422 naming every refused field, or 400 for no body. */
    <T> T checked(T request) {
        if (request == null) {
            throw new ProblemException(400, "malformed-body", List.of(), List.of(Violation.of("", "body-expected-object")), null, null);
        }
        Checks checks = new Checks();
        checks.addAll(List.copyOf(BeanChecks.violations(validator.validate(request), "")));
        checks.orThrow();
        return request;
    }

    InventoryViews.Proposal propose(Caller caller, String organizationId, List<InventoryEntry> entries, BulkMode apply) {
        caller.requireAuthenticated();
        organizations.require(organizationId);
        caller.requireActingFor(organizationId);
        List<Reconciled> reconciled = matcher.matchAll(entries.stream().map(InventoryEntry::name).toList(), null, 4);
        List<InventoryViews.ProposedLine> lines = new ArrayList<>(entries.size());
        Map<String, Declared> declared = new LinkedHashMap<>();
        int match = 0;
        int ambiguous = 0;
        for (int i = 0; i < entries.size(); i++) {
            InventoryEntry entry = entries.get(i);
            Reconciled r = reconciled.get(i);
            String version = entry.version() != null ? entry.version() : r.line().version();
            Candidate chosen = r.chosen();
            List<InventoryViews.RecordRef> alternatives = r.candidates().stream().filter(c -> c != chosen).map(InventoryService::ref).toList();
            lines.add(new InventoryViews.ProposedLine(i, entry.name(), r.line().name(), version, entry.count(), r.verdict().wire(),
                    chosen == null ? null : ref(chosen), alternatives));
            if (r.verdict() == Verdict.MATCH) {
                match++;
                declared.computeIfAbsent(chosen.kind().wire + ":" + chosen.id(), k -> new Declared(chosen)).add(version, entry.count());
            } else if (r.verdict() == Verdict.AMBIGUOUS) {
                ambiguous++;
            }
        }
        List<BulkUsageItem> items = declared.values().stream().map(Declared::item).toList();
        BulkUsageResult applied = apply == null ? null : bulk.declare(caller, organizationId, new BulkUsageRequest(apply, items));
        return new InventoryViews.Proposal(new InventoryViews.Counts(entries.size(), match, ambiguous, entries.size() - match - ambiguous,
                items.size()), lines, new BulkUsageRequest(BulkMode.MERGE, items), applied);
    }

    /**
     * Software submissions for lines the catalogue holds nothing for, one per
     * distinct name, all or none. A line that names a record (or may) is refused:
     * declare it instead.
     */
    @Transactional
    InventoryViews.Submissions submit(Caller caller, String organizationId, List<String> raws) {
        caller.requireAuthenticated();
        organizations.require(organizationId);
        caller.requireActingFor(organizationId);
        List<Reconciled> reconciled = matcher.matchAll(raws, RecordKind.SOFTWARE, 1);
        List<Violation> refused = new ArrayList<>();
        Map<String, Integer> firstOfName = new LinkedHashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            Reconciled r = reconciled.get(i);
            if (r.verdict() != Verdict.NONE) {
                refused.add(Violation.of("/lines/" + i, "inventory.not-unmatched", r.candidates().get(0).id()));
            } else if (InventoryLine.key(r.line().name()).isEmpty()) {
                refused.add(Violation.of("/lines/" + i, "inventory.no-name"));
            } else {
                firstOfName.putIfAbsent(InventoryLine.key(r.line().name()), i);
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.invalid(refused);
        }
        List<InventoryViews.Submitted> submitted = new ArrayList<>();
        for (int i : firstOfName.values()) {
            String raw = raws.get(i).strip();
            String name = reconciled.get(i).line().name();
            name = name.length() > Checks.NAME_MAX ? name.substring(0, Checks.NAME_MAX) : name;
            // Nothing is known of it but its name and where it was seen: said so, not made up.
            BilingualText description = new BilingualText(
                    "À décrire : logiciel soumis depuis l’inventaire de l’organisme " + organizationId + " (ligne « " + raw + " »).",
                    "To be described: software submitted from the inventory of " + organizationId + " (line \"" + raw + "\").");
            SoftwareInput input = new SoftwareInput(null, name, raw.equals(name) ? null : List.of(raw), description, null, null, null,
                    null, null, null, null, null);
            SoftwareView created = software.create(caller, input).body();
            submitted.add(new InventoryViews.Submitted(raw, created.id(), created.name(), RecordKind.SOFTWARE.path(created.id())));
        }
        return new InventoryViews.Submissions(submitted);
    }

    private static InventoryViews.RecordRef ref(Candidate c) {
        return new InventoryViews.RecordRef(c.kind().wire, c.id(), c.name(), c.score(), c.kind().path(c.id()));
    }

    /** One record's usage as the matched lines give it: their versions, and their installations when they count them. */
    private static final class Declared {
        private final Candidate record;
        private final Set<String> versions = new LinkedHashSet<>();
        private long count;
        private boolean counted;

        Declared(Candidate record) {
            this.record = record;
        }

        void add(String version, Integer n) {
            if (version != null && version.length() <= UsageInput.VERSION_MAX && versions.size() < Checks.LIST_MAX) {
                versions.add(version);
            }
            if (n != null) {
                count += n;
                counted = true;
            }
        }

        BulkUsageItem item() {
            String installations = counted && count > 0 ? range(count).wire() : null;
            List<String> known = versions.isEmpty() ? null : List.copyOf(versions);
            return record.kind() == RecordKind.SOFTWARE
                    ? new BulkUsageItem(record.id(), null, installations, known, null, null, null, null)
                    : new BulkUsageItem(null, record.id(), installations, known, null, null, null, null);
        }

        private static InstallationRange range(long n) {
            return n <= 10 ? InstallationRange.UP_TO_10 : n <= 50 ? InstallationRange.UP_TO_50 : n <= 100 ? InstallationRange.UP_TO_100
                    : n <= 500 ? InstallationRange.UP_TO_500 : InstallationRange.MORE;
        }
    }
}
