package ca.quebec.catalogue.licence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

/** The SPDX list joined with the catalogue's use of each licence. */
@ApplicationScoped
public class LicenceService {

    static final String SORT = "id";

    private final LicenceRegistry registry;
    private final EntityManager em;

    public LicenceService(LicenceRegistry registry, EntityManager em) {
        this.registry = registry;
        this.em = em;
    }

    /** Licences by id (ignoring case), optionally only those the catalogue uses or that OSI or FSF approve. */
    @Transactional
    public Listing<LicenceListEntryView> list(PageRequest page, Boolean used, Boolean osiApproved, Boolean fsfLibre) {
        Map<String, Long> counts = recordCounts();
        String after = page.cursor() == null ? null : page.cursor().id().toLowerCase(Locale.ROOT);
        List<SpdxLicence> matching = registry.licences().stream()
                .filter(l -> used == null || used == counts.containsKey(l.id()))
                .filter(l -> osiApproved == null || osiApproved == l.osiApproved())
                .filter(l -> fsfLibre == null || fsfLibre == l.fsfLibre())
                .toList();
        List<SpdxLicence> rows = matching.stream()
                .filter(l -> after == null || l.id().toLowerCase(Locale.ROOT).compareTo(after) > 0)
                .limit(page.limit() + 1L)
                .toList();
        return Listing.of(rows, page, matching.size(), l -> new Cursor(SORT, "", l.id()),
                l -> LicenceListEntryView.of(l, counts.getOrDefault(l.id(), 0L)));
    }

    @Transactional
    public Tagged<LicenceListEntryView> get(String id) {
        SpdxLicence licence = registry.licence(id).orElseThrow(() -> ProblemException.notFound("licence", id));
        long count = recordCounts().getOrDefault(licence.id(), 0L);
        return new Tagged<>(LicenceListEntryView.of(licence, count), ETags.of(registry.listVersion(), count));
    }

    private Map<String, Long> recordCounts() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select l, count(r) from CatalogueRecord r join r.licenceIds l where r.status = 'published' group by l",
                Object[].class).getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
