package ca.quebec.catalogue.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ca.quebec.catalogue.category.Category;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The counts behind the statistics, each one query grouped in the database, over
 * what an anonymous caller may read: the records that lists show by default (the
 * visibility policy's condition) and the active usages of those.
 */
@ApplicationScoped
class StatisticsRepository {

    private static final VisibilityPolicy POLICY = VisibilityPolicy.ANONYMOUS;
    private static final String ACTIVE = "u.withdrawnAt is null";

    private final EntityManager em;

    StatisticsRepository(EntityManager em) {
        this.em = em;
    }

    /** Rows of a query whose where clause ends with a condition. */
    private List<Object[]> rows(String select, Condition where, String rest) {
        return where.bind(em.createQuery(select + " where " + where.jpql() + rest, Object[].class)).getResultList();
    }

    /** Published records per kind ("software", "solution"). */
    Map<String, Long> recordsPerKind() {
        Map<String, Long> counts = new HashMap<>();
        rows("select r.kindName, count(r) from CatalogueRecord r", POLICY.listed("r", null), " group by r.kindName")
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Published records per kind and category: kind, category id, count. */
    List<Object[]> perKindAndCategory() {
        return rows("select r.kindName, c, count(r) from CatalogueRecord r join r.categories c", POLICY.listed("r", null),
                " group by r.kindName, c");
    }

    /** Published records per kind and SPDX id their expression names: kind, id, count. */
    List<Object[]> perKindAndLicenceId() {
        return rows("select r.kindName, l, count(r) from CatalogueRecord r join r.licenceIds l", POLICY.listed("r", null),
                " group by r.kindName, l");
    }

    /** Published records per kind and licence expression (null: unknown): kind, expression, count. */
    List<Object[]> perKindAndExpression() {
        return rows("select r.kindName, r.licence, count(r) from CatalogueRecord r", POLICY.listed("r", null), " group by r.kindName, r.licence");
    }

    List<Category> categories() {
        return em.createQuery("select c from Category c order by c.id", Category.class).getResultList();
    }

    /** Bodies per type. */
    Map<String, Long> organizationsPerType() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select o.type, count(o) from Organization o group by o.type", Object[].class).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Active usages of published records per body type and record kind: type, kind, usages, distinct records. */
    List<Object[]> usagesPerTypeAndKind() {
        return rows("select o.type, r.kindName, count(u), count(distinct r.pk) from Usage u join u.record r "
                + "join Organization o on o.id = u.organizationId", Condition.of(ACTIVE).and(POLICY.listed("r", null)),
                " group by o.type, r.kindName");
    }

    /** Bodies per type that declare at least one active usage of a published record: type, count. */
    List<Object[]> declaringPerType() {
        return rows("select o.type, count(distinct o.id) from Usage u join u.record r join Organization o on o.id = u.organizationId",
                Condition.of(ACTIVE).and(POLICY.listed("r", null)), " group by o.type");
    }

    /** Active usages of published records per kind: kind, usages, distinct bodies. */
    List<Object[]> usagesPerKind() {
        return rows("select r.kindName, count(u), count(distinct u.organizationId) from Usage u join u.record r",
                Condition.of(ACTIVE).and(POLICY.listed("r", null)), " group by r.kindName");
    }

    /** Bodies that declare at least one active usage of a published record. */
    long declaringOrganizations() {
        Condition where = Condition.of(ACTIVE).and(POLICY.listed("r", null));
        return where.bind(em.createQuery("select count(distinct u.organizationId) from Usage u join u.record r where " + where.jpql(),
                Long.class)).getSingleResult();
    }

    /** Published solutions per owner's body type: type, count. */
    List<Object[]> solutionsOwnedPerType() {
        return rows("select o.type, count(s) from Solution s join Organization o on o.id = s.ownerId", POLICY.listed("s", null),
                " group by o.type");
    }

    /** Reuses of published solutions by a body other than the owner's: solution id, name, owner, user, user's type; by id then user. */
    List<Object[]> reuses() {
        return rows("select s.id, s.name, s.ownerId, u.organizationId, o.type from Usage u join Solution s on s.pk = u.record.pk "
                + "join Organization o on o.id = u.organizationId",
                Condition.of(ACTIVE + " and u.organizationId <> s.ownerId").and(POLICY.listed("s", null)), " order by s.id, u.organizationId");
    }

    /** The published software most bodies use: id, name, usage count. */
    List<Object[]> mostUsedSoftware(int limit) {
        Condition listed = POLICY.listed("r", null);
        return listed.bind(em.createQuery("select r.id, r.name, r.usageCount from Software r where " + listed.jpql()
                + " order by r.usageCount desc, r.id", Object[].class)).setMaxResults(limit).getResultList();
    }

    /**
     * Usage declarations and withdrawals of published records made after the seed,
     * grouped by the time of their commit: occurredAt, action, count. Streamed, since
     * there is a row per writing transaction.
     */
    void declarations(String declared, String withdrawn, Consumer<Object[]> each) {
        Condition listed = POLICY.listed("r", null);
        Map<String, Object> parameters = new HashMap<>(listed.parameters());
        parameters.putAll(Map.of("declared", declared, "withdrawn", withdrawn, "seed", "seed"));
        Condition where = new Condition("c.action in (:declared, :withdrawn) and (c.actorRole is null or c.actorRole <> :seed) "
                + "and exists (select 1 from CatalogueRecord r where r.kindName = c.recordKind and r.id = c.recordId and " + listed.jpql() + ")",
                parameters);
        try (var rows = where.bind(em.createQuery("select c.occurredAt, c.action, count(c) from Change c where " + where.jpql()
                + " group by c.occurredAt, c.action", Object[].class)).getResultStream()) {
            rows.forEach(each);
        }
    }
}
