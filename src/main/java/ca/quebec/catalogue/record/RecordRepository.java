package ca.quebec.catalogue.record;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.persistence.Keyset;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * Queries on software and solutions alike: finding one, locking for a write,
 * lists filtered and sorted in the database one page at a time, and the
 * look-ups that duplicate detection needs.
 */
@ApplicationScoped
public class RecordRepository {

    private final EntityManager em;

    public RecordRepository(EntityManager em) {
        this.em = em;
    }

    public void persist(CatalogueRecord record) {
        em.persist(record);
    }

    public <R extends CatalogueRecord> R find(Class<R> type, String id) {
        List<R> found = em.createQuery("select r from " + type.getSimpleName() + " r where r.id = :id", type)
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public CatalogueRecord find(RecordKind kind, String id) {
        List<CatalogueRecord> found = em.createQuery("select r from CatalogueRecord r where r.kindName = :kind and r.id = :id",
                CatalogueRecord.class).setParameter("kind", kind.wire).setParameter("id", id).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The record, if the policy lets the caller see it; a 404 otherwise, as if it did not exist. */
    public <R extends CatalogueRecord> R visible(Class<R> type, RecordKind kind, String id, VisibilityPolicy policy) {
        return requireVisible(find(type, id), kind, id, policy);
    }

    public CatalogueRecord visible(RecordKind kind, String id, VisibilityPolicy policy) {
        return requireVisible(find(kind, id), kind, id, policy);
    }

    /** The record locked until the transaction ends (concurrent writers take turns), if the caller may see it; 404 otherwise. */
    public <R extends CatalogueRecord> R lockVisible(Class<R> type, RecordKind kind, String id, VisibilityPolicy policy) {
        return requireVisible(lock(type, id), kind, id, policy);
    }

    public CatalogueRecord lockVisible(RecordKind kind, String id, VisibilityPolicy policy) {
        List<CatalogueRecord> found = em.createQuery("select r from CatalogueRecord r where r.kindName = :kind and r.id = :id",
                CatalogueRecord.class)
                .setParameter("kind", kind.wire).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return requireVisible(found.isEmpty() ? null : found.get(0), kind, id, policy);
    }

    private static <R extends CatalogueRecord> R requireVisible(R record, RecordKind kind, String id, VisibilityPolicy policy) {
        if (record == null || !policy.maySee(record.status, record.submittedBy)) {
            throw ProblemException.notFound(kind.wire, id);
        }
        return record;
    }

    /** The record, locked until the transaction ends: concurrent writers of one record take turns. */
    public <R extends CatalogueRecord> R lock(Class<R> type, String id) {
        List<R> found = em.createQuery("select r from " + type.getSimpleName() + " r where r.id = :id", type)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Several records, locked in primary-key order so that two bulk writers cannot deadlock. */
    public List<CatalogueRecord> lockAll(Collection<Long> pks) {
        if (pks.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from CatalogueRecord r where r.pk in :pks order by r.pk", CatalogueRecord.class)
                .setParameter("pks", pks)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * A page of records of a type, aliased {@code r}: those a list shows (a condition
     * from the visibility policy) and the filters, all in {@code where}.
     */
    public <R extends CatalogueRecord> Listing<R> list(Class<R> type, Condition where, RecordSort sort, PageRequest page) {
        return Keyset.of(em, type, "r").where(where).orderBy(sort.keys()).page(page, sort.wire, sort::keysOf);
    }

    /** Records in a category (any when null). */
    public static Condition inCategory(String category) {
        return category == null ? Condition.ALWAYS : Condition.of(":category member of r.categories", "category", category);
    }

    /** Records whose licence expression names an SPDX licence (any when null). */
    public static Condition naming(String licence) {
        return licence == null ? Condition.ALWAYS : Condition.of(":licence member of r.licenceIds", "licence", licence);
    }

    /** Other records of the type whose property (a column of CatalogueRecord) has the value: a few at most. */
    public List<Summary> others(Class<? extends CatalogueRecord> type, String property, String value, Long exceptPk) {
        var query = em.createQuery("select r.pk, r.id, r.status, r.submittedBy from " + type.getSimpleName() + " r where r." + property
                + " = :value" + (exceptPk == null ? "" : " and r.pk <> :except") + " order by r.pk", Object[].class)
                .setParameter("value", value)
                .setMaxResults(20);
        if (exceptPk != null) {
            query.setParameter("except", exceptPk);
        }
        return query.getResultList().stream()
                .map(row -> new Summary((Long) row[0], (String) row[1], (String) row[2], (String) row[3])).toList();
    }

    /** What a check needs to know of a record, read without loading (and so without holding a stale copy of) the record. */
    public record Summary(long pk, String id, String status, String submittedBy) {
    }

    /** The records of a kind with these ids, by id; unknown ids are absent. */
    public Map<String, Summary> summaries(RecordKind kind, Collection<String> ids) {
        Map<String, Summary> found = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("select r.pk, r.id, r.status, r.submittedBy from CatalogueRecord r where r.kindName = :kind and r.id in :ids",
                    Object[].class)
                    .setParameter("kind", kind.wire).setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList()
                    .forEach(row -> found.put((String) row[1], new Summary((Long) row[0], (String) row[1], (String) row[2], (String) row[3])));
        }
        return found;
    }

    /** The records a condition lists (a policy's {@code listed}, say), in no particular order. */
    public List<CatalogueRecord> listed(Condition where) {
        return where.bind(em.createQuery("select r from CatalogueRecord r where " + where.jpql(), CatalogueRecord.class)).getResultList();
    }

    /** Every record, whatever its state (for search, which applies the policy when it searches). */
    public List<CatalogueRecord> all() {
        return em.createQuery("select r from CatalogueRecord r", CatalogueRecord.class).getResultList();
    }

    /** Up to {@code limit} records after a primary key, in key order: a whole-catalogue read, one page at a time. */
    public List<CatalogueRecord> after(long pk, int limit) {
        return em.createQuery("select r from CatalogueRecord r where r.pk > :pk order by r.pk", CatalogueRecord.class)
                .setParameter("pk", pk).setMaxResults(limit).getResultList();
    }

    public List<CatalogueRecord> all(RecordKind kind, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from CatalogueRecord r where r.kindName = :kind and r.id in :ids", CatalogueRecord.class)
                .setParameter("kind", kind.wire).setParameter("ids", ids).getResultList();
    }

    /** How many records each category holds, among those a list shows by default. */
    public Map<String, Long> perCategory() {
        return counts("select c, count(r) from CatalogueRecord r join r.categories c where ", " group by c");
    }

    /** How many records name each SPDX licence, among those a list shows by default. */
    public Map<String, Long> perLicence() {
        return counts("select l, count(r) from CatalogueRecord r join r.licenceIds l where ", " group by l");
    }

    private Map<String, Long> counts(String select, String groupBy) {
        Condition listed = VisibilityPolicy.ANONYMOUS.listed("r", null);
        Map<String, Long> counts = new HashMap<>();
        listed.bind(em.createQuery(select + listed.jpql() + groupBy, Object[].class)).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
