package ca.quebec.catalogue.usage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.persistence.Keyset;
import ca.quebec.catalogue.persistence.Keyset.Key;
import ca.quebec.catalogue.record.CatalogueRecord;

/** Queries on usage declarations. */
@ApplicationScoped
public class UsageRepository implements PanacheRepositoryBase<Usage, Long> {

    static final String BY_ORGANIZATION = "organization";
    static final String BY_RECORD = "record";

    /** Records (aliased {@code r}) that an organization declares using: the condition of the lists' {@code organization} filter. */
    public static Condition usedBy(String organization) {
        return organization == null ? Condition.ALWAYS
                : Condition.of("exists (select 1 from Usage u where u.record = r and u.organizationId = :usedBy "
                        + "and u.withdrawnAt is null)", "usedBy", organization);
    }

    Usage find(CatalogueRecord record, String organizationId) {
        return find("record = ?1 and organizationId = ?2", record, organizationId).firstResult();
    }

    /** A page of a record's active usages, by organization id. */
    Listing<Usage> ofRecord(CatalogueRecord record, PageRequest page) {
        return Keyset.of(getEntityManager(), Usage.class, "u")
                .where(new Condition("u.record = :record and u.withdrawnAt is null", Map.of("record", record)))
                .orderBy(Key.of("u.organizationId"))
                .page(page, BY_ORGANIZATION, u -> List.of(u.organizationId));
    }

    /** A page of an organization's active usages of the records that {@code visible} (on {@code u.record}) admits, by kind then id. */
    Listing<Usage> ofOrganization(String organization, Condition visible, PageRequest page) {
        return Keyset.of(getEntityManager(), Usage.class, "u").fetch("join fetch u.record")
                .where(Condition.of("u.organizationId = :organization and u.withdrawnAt is null", "organization", organization))
                .where(visible)
                .orderBy(Key.of("u.record.kindName"), Key.of("u.record.id"))
                .page(page, BY_RECORD, u -> List.of(u.record.kindName, u.record.id));
    }

    /** Every usage an organization ever declared, active or withdrawn, keyed by record. */
    Map<Long, Usage> allOf(String organization) {
        Map<Long, Usage> byRecord = new HashMap<>();
        find("organizationId = ?1", organization).stream().forEach(u -> byRecord.put(u.record.pk, u));
        return byRecord;
    }

    /** The records an organization declares using now. */
    List<Long> activeRecordsOf(String organization) {
        return getEntityManager().createQuery("select u.record.pk from Usage u where u.organizationId = :organization "
                + "and u.withdrawnAt is null", Long.class).setParameter("organization", organization).getResultList();
    }

    /** How many organizations declare using each record (of those given); records with none are absent. */
    Map<Long, Long> activeCounts(Collection<Long> records) {
        Map<Long, Long> counts = new HashMap<>();
        if (records.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select u.record.pk, count(u) from Usage u where u.record.pk in :records "
                + "and u.withdrawnAt is null group by u.record.pk", Object[].class)
                .setParameter("records", records).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Per organization (of those given), its active usages of records that {@code visible} (on {@code u.record}) admits. */
    Map<String, Long> countsPerOrganization(Collection<String> organizations, Condition visible) {
        Map<String, Long> counts = new HashMap<>();
        if (organizations.isEmpty()) {
            return counts;
        }
        Condition where = Condition.of("u.organizationId in :organizations and u.withdrawnAt is null", "organizations", organizations)
                .and(visible);
        where.bind(getEntityManager().createQuery("select u.organizationId, count(u) from Usage u where " + where.jpql()
                + " group by u.organizationId", Object[].class)).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The organizations declaring an active usage, per record (of the given records, or of all when null): what search indexes. */
    public Map<Long, List<String>> usersPerRecord(Collection<Long> records) {
        Map<Long, List<String>> usedBy = new HashMap<>();
        if (records != null && records.isEmpty()) {
            return usedBy;
        }
        var query = getEntityManager().createQuery("select u.record.pk, u.organizationId from Usage u where u.withdrawnAt is null"
                + (records == null ? "" : " and u.record.pk in :records"), Object[].class);
        if (records != null) {
            query.setParameter("records", records);
        }
        for (Object[] row : query.getResultList()) {
            usedBy.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((String) row[1]);
        }
        return usedBy;
    }
}
