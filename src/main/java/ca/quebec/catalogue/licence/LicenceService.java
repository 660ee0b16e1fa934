package ca.quebec.catalogue.licence;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.kernel.Cursor;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Tagged;
import ca.quebec.catalogue.kernel.Versions;

/** The SPDX list joined with the catalogue's use of each licence. */
@ApplicationScoped
class LicenceService {

    static final String SORT = "id";

    private final LicenceRegistry registry;
    private final LicenceCounts counts;

    public LicenceService(LicenceRegistry registry, LicenceCounts counts) {
        this.registry = registry;
        this.counts = counts;
    }

    /** Licences by id (ignoring case), optionally only those the catalogue uses or that OSI or FSF approve. */
    @Transactional
    public Listing<LicenceListEntryView> list(PageRequest page, Boolean used, Boolean osiApproved, Boolean fsfLibre) {
        Map<String, Long> counted = counts.recordsPerLicence();
        String after = page.cursor() == null ? null : page.cursor().key(0).toLowerCase(Locale.ROOT);
        List<SpdxLicence> matching = registry.licences().stream()
                .filter(l -> used == null || used == counted.containsKey(l.id()))
                .filter(l -> osiApproved == null || osiApproved == l.osiApproved())
                .filter(l -> fsfLibre == null || fsfLibre == l.fsfLibre())
                .toList();
        List<SpdxLicence> rows = matching.stream()
                .filter(l -> after == null || l.id().toLowerCase(Locale.ROOT).compareTo(after) > 0)
                .limit(page.limit() + 1L)
                .toList();
        return Listing.of(rows, page, matching.size(), l -> Cursor.of(SORT, l.id()),
                l -> LicenceListEntryView.of(l, counted.getOrDefault(l.id(), 0L)));
    }

    @Transactional
    public Tagged<LicenceListEntryView> get(String id) {
        SpdxLicence licence = registry.licence(id).orElseThrow(() -> ProblemException.notFound("licence", id));
        long count = counts.recordsPerLicence().getOrDefault(licence.id(), 0L);
        return new Tagged<>(LicenceListEntryView.of(licence, count), Versions.tag(registry.listVersion(), count));
    }
}
