package ca.quebec.catalogue.dcat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.category.Category;
import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.changes.Change;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.dcat.DcatCatalogue.Agent;
import ca.quebec.catalogue.dcat.DcatCatalogue.Asset;
import ca.quebec.catalogue.dcat.DcatCatalogue.Theme;
import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordRepository;
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

    /**
     * The catalogue at (or, when a write commits meanwhile, a little after) a
     * change-log position: never older than the position it is tagged with.
     */
    @Transactional
    DcatCatalogue read(long seq) {
        List<Change> last = seq == 0 ? List.of() : changes.after(seq - 1, 1);
        OffsetDateTime modified = last.isEmpty() ? null : last.get(0).occurredAt;
        List<Asset> assets = new ArrayList<>();
        Map<String, Agent> owners = new HashMap<>();
        List<CatalogueRecord> published = records.listed(ANYONE.listed("r", null));
        published.sort(Comparator.comparing((CatalogueRecord r) -> r.kindName).thenComparing(r -> r.id));
        for (CatalogueRecord record : published) {
            Solution solution = record instanceof Solution s ? s : null;
            if (solution != null && solution.ownerId != null) {
                owners.computeIfAbsent(solution.ownerId, this::agent);
            }
            assets.add(new Asset(record.kind(), record.id, record.name, record.descriptionFr, record.descriptionEn, record.licence,
                    Set.copyOf(record.licenceIds), record.homepage, record.repository, solution == null ? null : solution.documentation,
                    List.copyOf(record.keywords), record.categories.stream().sorted().toList(), solution == null ? null : solution.ownerId,
                    solution == null ? null : solution.developmentStatus,
                    solution == null ? List.of() : ANYONE.disclosed(solution.contacts), record.createdAt, record.updatedAt));
        }
        List<Theme> themes = categories.listAll().stream().sorted(Comparator.comparing((Category c) -> c.id))
                .map(c -> new Theme(c.id, c.nameFr, c.nameEn)).toList();
        Agent publisher = agent(config.publisher());
        if (publisher == null) {
            throw new IllegalStateException("catalogue.dcat.publisher names no organization: " + config.publisher());
        }
        return new DcatCatalogue(seq, modified, publisher, themes, assets, owners);
    }

    private Agent agent(String id) {
        Organization organization = organizations.findById(id);
        return organization == null ? null
                : new Agent(organization.id, organization.nameFr, organization.nameEn, organization.website);
    }
}
