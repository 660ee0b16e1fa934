package ca.quebec.catalogue.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.category.CategoryCounts;
import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.category.CategoryView;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Cursor;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.organization.OrganizationView;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.software.Software;
import ca.quebec.catalogue.software.SoftwareService;
import ca.quebec.catalogue.software.SoftwareView;
import ca.quebec.catalogue.solution.Solution;
import ca.quebec.catalogue.solution.SolutionView;
import ca.quebec.catalogue.solution.SolutionViews;
import ca.quebec.catalogue.usage.Usage;
import ca.quebec.catalogue.usage.UsageView;
import ca.quebec.catalogue.usage.UsageViews;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The catalogue as an anonymous caller sees it ({@link VisibilityPolicy#ANONYMOUS}:
 * the records lists show by default, contacts without their personal details), each
 * thing in the shape of its single-resource view. Read one keyset page at a time,
 * each page in its own short transaction: an export holds no connection and no
 * persistence context longer than a page, and what it keeps in memory does not grow
 * with the catalogue.
 */
@ApplicationScoped
class PublicCatalogue {

    static final int PAGE = 200;
    static final VisibilityPolicy POLICY = VisibilityPolicy.ANONYMOUS;

    /** Where the change log stands: its last sequence number, and when that change was made. */
    record Position(long seq, Instant lastModified) {
    }

    /** A usage, with the name of what is used (for the CSV, which cannot point at it). */
    record UsageRow(UsageView view, String recordName) {
    }

    private final EntityManager em;
    private final ChangeService changes;
    private final SoftwareService software;
    private final RecordRepository records;
    private final SolutionViews solutionViews;
    private final OrganizationService organizations;
    private final CategoryRepository categories;
    private final CategoryCounts categoryCounts;

    PublicCatalogue(EntityManager em, ChangeService changes, SoftwareService software, RecordRepository records, SolutionViews solutionViews,
            OrganizationService organizations, CategoryRepository categories, CategoryCounts categoryCounts) {
        this.em = em;
        this.changes = changes;
        this.software = software;
        this.records = records;
        this.solutionViews = solutionViews;
        this.organizations = organizations;
        this.categories = categories;
        this.categoryCounts = categoryCounts;
    }

    /**
     * The change log's position. Read before the records: every change up to it has
     * committed (sequence order is commit order), so an export read afterwards holds
     * all of them, and perhaps a few later ones, which the change feed repeats harmlessly.
     */
    Position position() {
        long seq = changes.lastSeq();
        Instant at = seq == 0 ? Instant.EPOCH
                : changes.after(seq - 1, 1).stream().findFirst().map(c -> c.occurredAt.toInstant()).orElse(Instant.EPOCH);
        return new Position(seq, at);
    }

    void software(Consumer<SoftwareView> each) {
        pages(page -> software.list(Caller.ANONYMOUS, null, Condition.ALWAYS, RecordSort.ID, page), each);
    }

    void solutions(Consumer<SolutionView> each) {
        pages(this::solutionPage, each);
    }

    void organizations(Consumer<OrganizationView> each) {
        pages(page -> organizations.list(null, page), each);
    }

    void categories(Consumer<CategoryView> each) {
        pages(this::categoryPage, each);
    }

    /** Every organization's view by id: the CSVs and code.json name owners and users (bodies are a few hundred, not a catalogue). */
    Map<String, OrganizationView> organizationsById() {
        Map<String, OrganizationView> byId = new java.util.HashMap<>();
        organizations(o -> byId.put(o.id(), o));
        return byId;
    }

    @Transactional
    Listing<SolutionView> solutionPage(PageRequest page) {
        return records.list(Solution.class, POLICY.listed("r", null), RecordSort.ID, page).map(s -> solutionViews.of(s, POLICY));
    }

    /** As {@code GET /categories/{id}} shows a category: its record count is of the records lists show by default. */
    @Transactional
    Listing<CategoryView> categoryPage(PageRequest page) {
        Map<String, Long> counts = categoryCounts.recordsPerCategory();
        return categories.page(page, "id")
                .map(c -> new CategoryView(c.id, BilingualText.of(c.nameFr, c.nameEn), counts.getOrDefault(c.id, 0L)));
    }

    /**
     * Active usages of the records lists show, by kind, record and organization: a page
     * of records (software first, then solutions, by id), then the usages of those
     * records. Walking the usages themselves in that order would join and sort all of
     * them again for every page.
     */
    void usages(Consumer<UsageRow> each) {
        for (Class<? extends CatalogueRecord> kind : List.of(Software.class, Solution.class)) {
            Cursor cursor = null;
            do {
                Listing<UsageRow> page = usagePage(kind, PageRequest.uncounted(PAGE, cursor));
                page.items().forEach(each);
                cursor = page.next();
            } while (cursor != null);
        }
    }

    /** The usages of one page of records; {@code next} is where the next page of records starts. */
    @Transactional
    Listing<UsageRow> usagePage(Class<? extends CatalogueRecord> kind, PageRequest page) {
        Listing<? extends CatalogueRecord> listed = records.list(kind, POLICY.listed("r", null), RecordSort.ID, page);
        if (listed.items().isEmpty()) {
            return new Listing<>(List.of(), -1, null);
        }
        List<UsageRow> rows = em.createQuery("select u from Usage u join fetch u.record where u.withdrawnAt is null"
                + " and u.record in :records order by u.record.id, u.organizationId", Usage.class)
                .setParameter("records", listed.items())
                .getResultStream().map(u -> new UsageRow(UsageViews.of(u, POLICY), u.record.name)).toList();
        return new Listing<>(rows, -1, listed.next());
    }

    /** Follows the pages of a list to its end. */
    private static <T> void pages(Function<PageRequest, Listing<T>> page, Consumer<T> each) {
        Cursor cursor = null;
        do {
            Listing<T> listing = page.apply(PageRequest.uncounted(PAGE, cursor));
            listing.items().forEach(each);
            cursor = listing.next();
        } while (cursor != null);
    }
}
