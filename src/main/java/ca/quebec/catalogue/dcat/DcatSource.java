package ca.quebec.catalogue.dcat;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.category.Category;
import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.changes.Change;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.dcat.DcatCatalogue.Agent;
import ca.quebec.catalogue.dcat.DcatCatalogue.Asset;
import ca.quebec.catalogue.dcat.DcatCatalogue.Theme;
import ca.quebec.catalogue.kernel.Cursor;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.software.Software;
import ca.quebec.catalogue.solution.Solution;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * Reads what the export says, as an anonymous caller may see it: the records a
 * public list shows (published ones), the public contacts of solutions, and the
 * bodies and categories they refer to.
 */
@ApplicationScoped
class DcatSource {

    private static final VisibilityPolicy ANYONE = VisibilityPolicy.ANONYMOUS;

    private final RecordRepository records;
    private final OrganizationRepository organizations;
    private final CategoryRepository categories;
    private final ChangeService changes;
    private final DcatConfig config;

    DcatSource(RecordRepository records, OrganizationRepository organizations, CategoryRepository categories, ChangeService changes,
            DcatConfig config) {
        this.records = records;
        this.organizations = organizations;
        this.categories = categories;
        this.changes = changes;
        this.config = config;
    }

    /** The change-log position now: what an export would be read at. */
    long position() {
        return changes.lastSeq();
    }

    /** Records read at once: one page, in one short transaction. */
    static final int PAGE = 500;

    /** A page of assets, and the bodies that own them by id. */
    record Part(List<Asset> assets, Map<String, Agent> agents) {
    }

    /**
     * The catalogue's head at a change-log position: when that change was made, the
     * publisher and the themes (no assets: {@link #parts} reads them).
     */
    @Transactional
    DcatCatalogue head(long seq) {
        List<Change> last = seq == 0 ? List.of() : changes.after(seq - 1, 1);
        OffsetDateTime modified = last.isEmpty() ? null : last.get(0).occurredAt;
        List<Theme> themes = categories.listAll().stream().sorted(Comparator.comparing((Category c) -> c.id))
                .map(c -> new Theme(c.id, c.nameFr, c.nameEn)).toList();
        Agent publisher = agent(config.publisher());
        if (publisher == null) {
            throw new IllegalStateException("catalogue.dcat.publisher names no organization: " + config.publisher());
        }
        return new DcatCatalogue(seq, modified, publisher, themes, List.of(), Map.of());
    }

    /**
     * The assets, as an anonymous caller may see them, a page at a time: software then
     * solutions, each by id. Read after the position (or, when a write commits meanwhile,
     * a little after it): never older than the position the export is tagged with.
     */
    void parts(Consumer<Part> each) {
        Map<String, Agent> owners = new HashMap<>();
        for (Class<? extends CatalogueRecord> kind : List.of(Software.class, Solution.class)) {
            Cursor cursor = null;
            do {
                Listing<Asset> page = assets(kind, PageRequest.uncounted(PAGE, cursor), owners);
                Map<String, Agent> agents = new HashMap<>();
                page.items().stream().filter(a -> a.owner() != null && owners.get(a.owner()) != null)
                        .forEach(a -> agents.put(a.owner(), owners.get(a.owner())));
                each.accept(new Part(page.items(), agents));
                cursor = page.next();
            } while (cursor != null);
        }
    }

    /** A page of assets; the bodies that own them join {@code owners} (a few hundred bodies, not a catalogue). */
    @Transactional
    Listing<Asset> assets(Class<? extends CatalogueRecord> kind, PageRequest page, Map<String, Agent> owners) {
        return records.list(kind, ANYONE.listed("r", null), RecordSort.ID, page).map(record -> {
            Solution solution = record instanceof Solution s ? s : null;
            if (solution != null && solution.ownerId != null && !owners.containsKey(solution.ownerId)) {
                owners.put(solution.ownerId, agent(solution.ownerId));
            }
            return new Asset(record.kind(), record.id, record.name, record.descriptionFr, record.descriptionEn, record.licence,
                    Set.copyOf(record.licenceIds), record.homepage, record.repository, solution == null ? null : solution.documentation,
                    List.copyOf(record.keywords), record.categories.stream().sorted().toList(), solution == null ? null : solution.ownerId,
                    solution == null ? null : solution.developmentStatus,
                    solution == null ? List.of() : ANYONE.disclosed(solution.contacts), record.createdAt, record.updatedAt);
        });
    }

    private Agent agent(String id) {
        Organization organization = organizations.findById(id);
        return organization == null ? null
                : new Agent(organization.id, organization.nameFr, organization.nameEn, organization.website);
    }
}
