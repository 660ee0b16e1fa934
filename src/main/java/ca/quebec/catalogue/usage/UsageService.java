package ca.quebec.catalogue.usage;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.web.Cursor;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.ProblemException;

/** Reading usage declarations, by record and by organization. */
@ApplicationScoped
public class UsageService {

    /** Cursor sorts: usages of a record go by organization, an organization's usages by record. */
    public static final String BY_ORGANIZATION = "organization";
    public static final String BY_RECORD = "record";

    private final EntityManager em;
    private final UsageRepository usages;
    private final OrganizationRepository organizations;

    public UsageService(EntityManager em, UsageRepository usages, OrganizationRepository organizations) {
        this.em = em;
        this.usages = usages;
        this.organizations = organizations;
    }

    /** The active usages of a visible record, ordered by organization id. */
    @Transactional
    public Listing<UsageView> ofRecord(CatalogueRecord record, PageRequest page, boolean authenticated) {
        String after = page.cursor() == null ? null : page.cursor().id();
        List<Usage> rows = usages.activeOfRecord(record, after, page.limit() + 1);
        long total = usages.countActiveOfRecord(record);
        return Listing.of(rows, page, total, u -> new Cursor(BY_ORGANIZATION, "", u.organizationId),
                u -> UsageViews.of(u, authenticated));
    }

    /** The active usages an organization declares, of visible records, ordered by kind then record id. */
    @Transactional
    public Listing<UsageView> ofOrganization(String organizationId, PageRequest page, boolean authenticated) {
        if (organizations.findById(organizationId) == null) {
            throw ProblemException.notFound("organization", organizationId);
        }
        String visible = "u.organizationId = :organization and u.withdrawnAt is null and u.record.status in ('published', 'archived')";
        String keyset = page.cursor() == null ? ""
                : " and (u.record.kindName > :afterKind or (u.record.kindName = :afterKind and u.record.id > :afterId))";
        TypedQuery<Usage> query = em.createQuery("select u from Usage u join fetch u.record where " + visible + keyset
                + " order by u.record.kindName, u.record.id", Usage.class)
                .setParameter("organization", organizationId)
                .setMaxResults(page.limit() + 1);
        if (page.cursor() != null) {
            query.setParameter("afterKind", page.cursor().key()).setParameter("afterId", page.cursor().id());
        }
        long total = em.createQuery("select count(u) from Usage u where " + visible, Long.class)
                .setParameter("organization", organizationId).getSingleResult();
        return Listing.of(query.getResultList(), page, total, u -> new Cursor(BY_RECORD, u.record.kind().wire, u.record.id),
                u -> UsageViews.of(u, authenticated));
    }
}
