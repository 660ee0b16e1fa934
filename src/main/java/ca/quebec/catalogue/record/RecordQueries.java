package ca.quebec.catalogue.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ca.quebec.catalogue.web.PageRequest;

/** Lists of records, filtered and sorted in the database, one page at a time. */
@ApplicationScoped
public class RecordQueries {

    private final EntityManager em;

    public RecordQueries(EntityManager em) {
        this.em = em;
    }

    /** A page of records ({@code limit + 1} rows at most) and the total for the filter. */
    public record Slice<R extends CatalogueRecord>(List<R> rows, long total) {
    }

    public <R extends CatalogueRecord> Slice<R> list(Class<R> type, RecordVisibility visibility, RecordFilter filter,
            RecordSort sort, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        visibility.restrict(conditions, parameters);
        if (filter.category() != null) {
            conditions.add(":category member of r.categories");
            parameters.put("category", filter.category());
        }
        if (filter.licence() != null) {
            conditions.add(":licence member of r.licenceIds");
            parameters.put("licence", filter.licence());
        }
        if (filter.usedBy() != null) {
            conditions.add("exists (select 1 from Usage u where u.record = r and u.organizationId = :usedBy and u.withdrawnAt is null)");
            parameters.put("usedBy", filter.usedBy());
        }
        if (filter.owner() != null) {
            conditions.add("r.ownerId = :owner");
            parameters.put("owner", filter.owner());
        }
        if (filter.developmentStatus() != null) {
            conditions.add("r.developmentStatus = :developmentStatus");
            parameters.put("developmentStatus", filter.developmentStatus());
        }
        if (filter.maintenance() != null) {
            conditions.add("r.maintenanceType = :maintenance");
            parameters.put("maintenance", filter.maintenance());
        }
        String entity = type.getSimpleName();
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = count("select count(r) from " + entity + " r" + where, parameters);

        List<String> pageConditions = new ArrayList<>(conditions);
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        if (page.cursor() != null) {
            String comparison = sort.descending ? "<" : ">";
            if (sort == RecordSort.ID) {
                pageConditions.add("r.id > :afterId");
            } else {
                pageConditions.add("(" + sort.path + " " + comparison + " :afterKey or (" + sort.path + " = :afterKey and r.id > :afterId))");
                pageParameters.put("afterKey", sort.keyValue(page.cursor()));
            }
            pageParameters.put("afterId", page.cursor().id());
        }
        String pageWhere = pageConditions.isEmpty() ? "" : " where " + String.join(" and ", pageConditions);
        String order = sort == RecordSort.ID ? " order by r.id" : " order by " + sort.path + (sort.descending ? " desc" : "") + ", r.id";
        TypedQuery<R> query = em.createQuery("select r from " + entity + " r" + pageWhere + order, type);
        pageParameters.forEach(query::setParameter);
        query.setMaxResults(page.limit() + 1);
        return new Slice<>(query.getResultList(), total);
    }

    private long count(String jpql, Map<String, Object> parameters) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
