package ca.quebec.catalogue.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.web.Cursor;
import ca.quebec.catalogue.web.ETags;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.Tagged;

/** Reading public bodies. */
@ApplicationScoped
public class OrganizationService {

    static final String SORT = "id";

    private final OrganizationRepository organizations;
    private final EntityManager em;

    public OrganizationService(OrganizationRepository organizations, EntityManager em) {
        this.organizations = organizations;
        this.em = em;
    }

    @Transactional
    public Listing<OrganizationView> list(String type, PageRequest page) {
        String filter = type == null ? "1 = 1" : "type = :type";
        String after = page.cursor() == null ? "" : " and id > :after";
        var query = organizations.find(filter + after + " order by id", parameters(type, page)).page(0, page.limit() + 1);
        List<Organization> rows = query.list();
        long total = organizations.count(filter, parameters(type, null));
        Map<String, Long> counts = usageCounts(rows.stream().map(o -> o.id).toList());
        return Listing.of(rows, page, total, o -> new Cursor(SORT, "", o.id), o -> OrganizationView.of(o, counts.getOrDefault(o.id, 0L)));
    }

    @Transactional
    public Tagged<OrganizationView> get(String id) {
        Organization organization = require(id);
        long count = usageCounts(List.of(id)).getOrDefault(id, 0L);
        return new Tagged<>(OrganizationView.of(organization, count), ETags.of(organization.revision, count));
    }

    public Organization require(String id) {
        Organization organization = organizations.findById(id);
        if (organization == null) {
            throw ProblemException.notFound("organization", id);
        }
        return organization;
    }

    private static Map<String, Object> parameters(String type, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        if (type != null) {
            parameters.put("type", type);
        }
        if (page != null && page.cursor() != null) {
            parameters.put("after", page.cursor().id());
        }
        return parameters;
    }

    /** Active usages of visible records, per organization. */
    private Map<String, Long> usageCounts(List<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        em.createQuery("select u.organizationId, count(u) from Usage u where u.organizationId in :ids and u.withdrawnAt is null "
                + "and u.record.status in ('published', 'archived') group by u.organizationId", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
