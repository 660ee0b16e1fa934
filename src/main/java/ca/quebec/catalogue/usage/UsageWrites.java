package ca.quebec.catalogue.usage;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.record.CatalogueRecord;

/**
 * What every usage write does, one declaration or a whole inventory: create,
 * revive or update a usage, withdraw one, and keep the records' usage counts.
 * Callers hold the lock of each record they write (see RecordRepository).
 */
@ApplicationScoped
class UsageWrites {

    static final String API_SOURCE = "api";

    private final UsageRepository usages;

    UsageWrites(UsageRepository usages) {
        this.usages = usages;
    }

    /** Creates, revives or updates a usage; adds a change when something changed. */
    Usage apply(CatalogueRecord record, String organizationId, Usage usage, UsageFields input, OffsetDateTime now,
            List<ChangeLog.Entry> changes) {
        boolean creating = usage == null || !usage.active();
        ObjectNode before = creating ? null : UsageViews.state(usage);
        if (usage == null) {
            usage = new Usage();
            usage.record = record;
            usage.organizationId = organizationId;
            usage.createdAt = now;
            usage.revision = 0;
        }
        usage.installations = input.installations();
        usage.versions = input.versions() == null ? List.of() : List.copyOf(input.versions());
        usage.status = input.status();
        usage.since = input.since();
        usage.useCaseFr = input.useCase() == null ? null : input.useCase().fr();
        usage.useCaseEn = input.useCase() == null ? null : input.useCase().en();
        usage.contacts = input.contacts() == null ? List.of() : List.copyOf(input.contacts());
        ObjectNode after = UsageViews.state(usage);
        if (!creating && after.equals(before)) {
            return usage;
        }
        usage.source = API_SOURCE;
        usage.withdrawnAt = null;
        usage.revision++;
        usage.updatedAt = now;
        if (usage.pk == null) {
            usages.persist(usage);
        }
        changes.add(new ChangeLog.Entry(record.kind().wire, record.id, "usages/" + organizationId,
                creating ? "usage-declared" : "usage-updated", usage.revision, MergePatch.diff(before, UsageViews.state(usage))));
        return usage;
    }

    ChangeLog.Entry withdraw(Usage usage, OffsetDateTime now) {
        usage.withdrawnAt = now;
        usage.revision++;
        usage.updatedAt = now;
        return new ChangeLog.Entry(usage.record.kind().wire, usage.record.id, "usages/" + usage.organizationId, "usage-withdrawn",
                usage.revision, NullNode.getInstance());
    }

    /**
     * Keeps each record's usage count, which list sorting uses, in step with its
     * active usages: one flush and one grouped count, however many records.
     */
    void recount(Collection<CatalogueRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        usages.flush();
        Map<Long, Long> counts = usages.activeCounts(records.stream().map(r -> r.pk).toList());
        for (CatalogueRecord record : records) {
            record.usageCount = counts.getOrDefault(record.pk, 0L).intValue();
        }
    }
}
