package ca.quebec.catalogue.usage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import ca.quebec.catalogue.changes.Actor;
import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.kernel.BeanChecks;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * A whole inventory at once: an organization's usages, all applied or none.
 * Every bad item is reported, by JSON pointer, before anything is written. The
 * work is linear in the number of items: records are looked up and locked in
 * one statement each, the organization's usages read once, counts kept with
 * one grouped query.
 */
@ApplicationScoped
class BulkDeclarations {

    private final UsageRepository usages;
    private final UsageWrites writes;
    private final RecordRepository records;
    private final OrganizationService organizations;
    private final OrganizationRepository organizationRows;
    private final ChangeLog changeLog;
    private final Validator validator;
    private final Clock clock;
    private final Map<BulkMode, DistributionSummary> sizes = new EnumMap<>(BulkMode.class);

    BulkDeclarations(UsageRepository usages, UsageWrites writes, RecordRepository records, OrganizationService organizations,
            OrganizationRepository organizationRows, ChangeLog changeLog, Validator validator, Clock clock, MeterRegistry meters) {
        this.usages = usages;
        this.writes = writes;
        this.records = records;
        this.organizations = organizations;
        this.organizationRows = organizationRows;
        this.changeLog = changeLog;
        this.validator = validator;
        this.clock = clock;
        // How large the bulks that pass are, by mode: whether bodies send whole inventories (thousands,
        // near the 5,000 limit) or a few lines at a time is what sizes catalogue.bulk.max-concurrent.
        for (BulkMode mode : BulkMode.values()) {
            sizes.put(mode, DistributionSummary.builder("catalogue.bulk.declaration.items")
                    .description("Items in each bulk declaration applied (refused ones are not counted)").baseUnit("items")
                    .tag("mode", mode.wire()).serviceLevelObjectives(10, 100, 1_000, 5_000).register(meters));
        }
    }

    @Transactional
    public BulkUsageResult apply(Caller caller, String organizationId, BulkUsageRequest request) {
        caller.requireAuthenticated();
        organizations.require(organizationId);
        caller.requireActingFor(organizationId);
        if (request == null) {
            throw new ProblemException(400, "malformed-body", List.of(), List.of(Violation.of("", "body-expected-object")), null, null);
        }
        Checks checks = new Checks();
        checks.addAll(List.copyOf(BeanChecks.violations(validator.validate(request), "")));
        checks.orThrow();
        Map<Integer, Long> recordOf = recordsOf(request.usages(), VisibilityPolicy.of(caller), checks);
        checks.orThrow();

        // Bulk writers of one organization take turns on its row. Then every record
        // written is locked, in one statement and in key order (so that two bulk writers
        // cannot deadlock), before anything about it is read: what is written back is
        // what the lock protects, never a copy read before another writer committed.
        organizationRows.lock(organizationId);
        Set<Long> listed = new HashSet<>(recordOf.values());
        Set<Long> toLock = new TreeSet<>(listed);
        if (request.mode() == BulkMode.REPLACE) {
            toLock.addAll(usages.activeRecordsOf(organizationId));
        }
        Map<Long, CatalogueRecord> locked = new HashMap<>();
        records.lockAll(toLock).forEach(r -> locked.put(r.pk, r));
        Map<Long, Usage> existing = usages.allOf(organizationId);

        OffsetDateTime now = Clocks.now(clock);
        List<ChangeLog.Entry> changes = new ArrayList<>();
        Set<CatalogueRecord> counted = new HashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < request.usages().size(); i++) {
            CatalogueRecord record = locked.get(recordOf.get(i));
            Usage before = existing.get(record.pk);
            boolean creating = before == null || !before.active();
            int logged = changes.size();
            BulkUsageItem item = request.usages().get(i);
            writes.apply(record, organizationId, before, creating ? item : item.over(before), now, changes);
            if (changes.size() == logged) {
                unchanged++;
            } else if (creating) {
                created++;
                counted.add(record);
            } else {
                updated++;
            }
        }
        int withdrawn = 0;
        if (request.mode() == BulkMode.REPLACE) {
            for (Usage usage : existing.values()) {
                if (usage.active() && !listed.contains(usage.record.pk)) {
                    changes.add(writes.withdraw(usage, now));
                    counted.add(usage.record);
                    withdrawn++;
                }
            }
        }
        if (!changes.isEmpty()) {
            writes.recount(counted);
            changeLog.append(Actor.of(caller), now, changes);
        }
        sizes.get(request.mode()).record(request.usages().size());
        return new BulkUsageResult(created, updated, withdrawn, unchanged);
    }

    /**
     * Checks every item and finds its record (by position in the list), with one
     * look-up per kind: a record the caller may not see is unknown to it.
     */
    private Map<Integer, Long> recordsOf(List<BulkUsageItem> items, VisibilityPolicy policy, Checks checks) {
        Map<RecordKind, Set<String>> wanted = new EnumMap<>(RecordKind.class);
        for (BulkUsageItem item : items) {
            if (item.kind() != null) {
                wanted.computeIfAbsent(item.kind(), k -> new HashSet<>()).add(item.recordId());
            }
        }
        Map<RecordKind, Map<String, RecordRepository.Summary>> found = new EnumMap<>(RecordKind.class);
        wanted.forEach((kind, ids) -> found.put(kind, records.summaries(kind, ids)));

        Map<Integer, Long> recordOf = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkUsageItem item = items.get(i);
            String pointer = "/usages/" + i;
            item.check(pointer, checks);
            RecordKind kind = item.kind();
            if (kind == null) {
                checks.add(Violation.of(pointer + "/software", "software-or-solution"));
                continue;
            }
            String field = pointer + (kind == RecordKind.SOFTWARE ? "/software" : "/solution");
            Integer first = seen.putIfAbsent(kind.wire + "/" + item.recordId(), i);
            if (first != null) {
                checks.add(Violation.of(field, "duplicate-item", first));
                continue;
            }
            RecordRepository.Summary record = found.get(kind).get(item.recordId());
            if (record == null || !policy.maySee(record.status(), record.submittedBy())) {
                checks.add(Violation.of(field, kind == RecordKind.SOFTWARE ? "unknown-software" : "unknown-solution", item.recordId()));
                continue;
            }
            recordOf.put(i, record.pk());
        }
        return recordOf;
    }
}
