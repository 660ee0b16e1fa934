package ca.quebec.catalogue.feed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import ca.quebec.catalogue.changes.Change;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.changes.ChangeView;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.QueryParameters;
import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordFilters;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The public change feed behind the Atom documents: the change log read through
 * the visibility policy as anonymous callers see it, whoever asks (a feed is
 * public and shared by readers and caches), newest first.
 */
@ApplicationScoped
public class FeedService {

    private static final VisibilityPolicy ANYONE = VisibilityPolicy.ANONYMOUS;
    private static final String USAGES = "usages/";

    private final ChangeService changes;
    private final RecordRepository records;
    private final RecordFilters filters;
    private final OrganizationService organizationFilter;
    private final OrganizationRepository organizations;

    FeedService(ChangeService changes, RecordRepository records, RecordFilters filters, OrganizationService organizationFilter,
            OrganizationRepository organizations) {
        this.changes = changes;
        this.records = records;
        this.filters = filters;
        this.organizationFilter = organizationFilter;
        this.organizations = organizations;
    }

    /**
     * The filters as sent, checked: a value that names nothing (an unknown body or
     * category, a record anonymous callers cannot see) is a 400 naming the parameter,
     * as for lists, never an empty feed that looks like an answer. A known value
     * with no change yet gives an empty feed.
     */
    @Transactional
    public FeedFilter filter(String kind, String organization, String category, String software, String solution) {
        return new FeedFilter(QueryParameters.oneOf("kind", kind, RecordKind.class), organizationFilter.filter("organization", organization),
                filters.category(category), visibleRecord("software", RecordKind.SOFTWARE, software),
                visibleRecord("solution", RecordKind.SOLUTION, solution));
    }

    private String visibleRecord(String parameter, RecordKind kind, String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        RecordRepository.Summary found = records.summaries(kind, List.of(id)).get(id);
        if (found == null || !ANYONE.maySee(found.status(), found.submittedBy())) {
            throw ProblemException.badParameter(parameter, "unknown-" + kind.wire, id);
        }
        return id;
    }

    @Transactional
    public FeedPage page(FeedFilter filter, PageRequest page) {
        // An Atom page says nothing of how many entries there are in all: no count of the whole log.
        Listing<ChangeView> listing = changes.latest(filter.condition(), PageRequest.uncounted(page.limit(), page.cursor()), ANYONE);
        Map<RecordKind, Map<String, String>> names = names(listing.items());
        Map<String, FeedEntry.Body> bodies = new HashMap<>();
        List<FeedEntry> entries = new ArrayList<>();
        for (ChangeView change : listing.items()) {
            RecordKind kind = RecordKind.SOFTWARE.wire.equals(change.kind()) ? RecordKind.SOFTWARE : RecordKind.SOLUTION;
            FeedEntry.Body body = change.subject() != null && change.subject().startsWith(USAGES)
                    ? bodies.computeIfAbsent(change.subject().substring(USAGES.length()), this::body)
                    : null;
            entries.add(new FeedEntry(change.seq(), change.occurredAt(), kind, change.id(),
                    names.get(kind).getOrDefault(change.id(), change.id()), change.action(), change.revision(), body,
                    "updated".equals(change.action()) ? fields(change.patch()) : List.of()));
        }
        OffsetDateTime updated = entries.isEmpty() ? lastCommit() : entries.get(0).occurredAt();
        return new FeedPage(filter, entries, updated, listing.next() == null ? null : listing.next().encode());
    }

    /** The current names of the records a page mentions, by kind and id. */
    private Map<RecordKind, Map<String, String>> names(List<ChangeView> page) {
        Map<RecordKind, Map<String, String>> names = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            List<String> ids = page.stream().filter(c -> kind.wire.equals(c.kind())).map(ChangeView::id).distinct().toList();
            Map<String, String> byId = new HashMap<>();
            for (CatalogueRecord record : records.all(kind, ids)) {
                byId.put(record.id, record.name);
            }
            names.put(kind, byId);
        }
        return names;
    }

    private FeedEntry.Body body(String id) {
        Organization organization = organizations.findById(id);
        return organization == null ? new FeedEntry.Body(id, id, null)
                : new FeedEntry.Body(id, organization.nameFr, organization.nameEn);
    }

    /** The members an edit's merge patch names: which fields changed, in the patch's order. */
    private static List<String> fields(JsonNode patch) {
        List<String> names = new ArrayList<>();
        if (patch != null && patch.isObject()) {
            patch.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private OffsetDateTime lastCommit() {
        long last = changes.lastSeq();
        List<Change> change = last == 0 ? List.of() : changes.after(last - 1, 1);
        return change.isEmpty() ? null : change.get(0).occurredAt;
    }
}
