package ca.quebec.catalogue.portal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.category.CategoryService;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.category.CategoryView;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Cursor;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.licence.LicenceView;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.organization.OrganizationView;
import ca.quebec.catalogue.portal.Contents.CategoryLink;
import ca.quebec.catalogue.portal.Contents.CategoryPage;
import ca.quebec.catalogue.portal.Contents.ContactLine;
import ca.quebec.catalogue.portal.Contents.Fact;
import ca.quebec.catalogue.portal.Contents.Figure;
import ca.quebec.catalogue.portal.Contents.HomePage;
import ca.quebec.catalogue.portal.Contents.Link;
import ca.quebec.catalogue.portal.Contents.OrganizationPage;
import ca.quebec.catalogue.portal.Contents.RecordLine;
import ca.quebec.catalogue.portal.Contents.RecordPage;
import ca.quebec.catalogue.portal.Contents.UsageRow;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.search.SearchQuery;
import ca.quebec.catalogue.search.SearchService;
import ca.quebec.catalogue.search.SearchViews;
import ca.quebec.catalogue.software.SoftwareService;
import ca.quebec.catalogue.software.SoftwareView;
import ca.quebec.catalogue.solution.Contractor;
import ca.quebec.catalogue.solution.SolutionService;
import ca.quebec.catalogue.solution.SolutionView;
import ca.quebec.catalogue.statistics.StatisticsService;
import ca.quebec.catalogue.statistics.StatisticsView;
import ca.quebec.catalogue.usage.UsageService;
import ca.quebec.catalogue.usage.UsageView;
import ca.quebec.catalogue.visibility.Contact;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * Reads what the pages show from the services the API uses, as the caller may see
 * it: records, usages and search through the visibility policy, figures from the
 * statistics (which are public by construction). Everything comes out in the page's
 * language, ready for a template.
 */
@ApplicationScoped
public class PortalContent {

    /** Rows fetched per request when a page shows a whole list (a body's usages, say). */
    private static final int BATCH = PageRequest.MAX_LIMIT;
    /** At most this many records on a category's or a body's page; the search has the rest. */
    static final int RECORDS_SHOWN = 100;

    private final SearchService search;
    private final SoftwareService software;
    private final SolutionService solutions;
    private final OrganizationService organizations;
    private final CategoryService categories;
    private final UsageService usages;
    private final StatisticsService statistics;
    private final ChangeService changes;

    /**
     * The bodies' names and the categories (with their public counts), as of a position of the
     * change log. Most pages need them; reading them costs more than the rest of a record's page
     * (the bodies' list counts each one's usages), and they change only with a committed change.
     */
    private record Register(long seq, List<CategoryView> categories, Map<Language, Map<String, String>> names) {
    }

    private volatile Register register;

    public PortalContent(SearchService search, SoftwareService software, SolutionService solutions, OrganizationService organizations,
            CategoryService categories, UsageService usages, StatisticsService statistics, ChangeService changes) {
        this.search = search;
        this.software = software;
        this.solutions = solutions;
        this.organizations = organizations;
        this.categories = categories;
        this.usages = usages;
        this.statistics = statistics;
        this.changes = changes;
    }

    // ---------------------------------------------------------------------------------------------
    // Home
    // ---------------------------------------------------------------------------------------------

    public HomePage home(Language lang) {
        StatisticsView.Totals totals = statistics.current().body().totals();
        List<Figure> figures = List.of(
                new Figure(number(lang, totals.software()), text(lang, "figure.software")),
                new Figure(number(lang, totals.solutions()), text(lang, "figure.solutions")),
                new Figure(number(lang, totals.organizations()), text(lang, "figure.organizations")),
                new Figure(number(lang, totals.softwareUsages() + totals.solutionUsages()), text(lang, "figure.usages")));
        List<CategoryLink> main = allCategories().stream().filter(c -> c.recordCount() > 0)
                .sorted(Comparator.comparingLong(CategoryView::recordCount).reversed().thenComparing(CategoryView::id)).limit(12)
                .map(c -> new CategoryLink(lang.pick(c.name()), lang.category(c.id()), c.recordCount())).toList();
        return new HomePage(figures, main);
    }

    // ---------------------------------------------------------------------------------------------
    // Records
    // ---------------------------------------------------------------------------------------------

    public RecordPage software(Language lang, String id, Caller caller) {
        SoftwareView s = software.get(id, caller).body();
        List<Fact> facts = new ArrayList<>();
        licenceFacts(lang, s.licence(), facts);
        link(facts, text(lang, "fact.homepage"), s.homepage());
        link(facts, text(lang, "fact.repository"), s.repository());
        if (!s.platforms().isEmpty()) {
            facts.add(new Fact(text(lang, "fact.platforms"), String.join(", ", s.platforms()), null));
        }
        if (!s.aliases().isEmpty()) {
            facts.add(new Fact(text(lang, "fact.aliases"), String.join(", ", s.aliases()), null));
        }
        facts.add(new Fact(text(lang, "fact.usage-count"), number(lang, s.usageCount()), null));
        if (s.curatorNote() != null) {
            facts.add(new Fact(text(lang, "fact.curator-note"), lang.pick(s.curatorNote()), null));
        }
        Map<String, String> names = organizationNames(lang);
        List<UsageRow> rows = usageRows(lang, all(page -> usages.ofRecord(RecordKind.SOFTWARE, id, page, caller)),
                u -> names.getOrDefault(u.organization(), u.organization()), u -> lang.organization(u.organization()));
        return new RecordPage("software", text(lang, "kind.software"), s.id(), s.name(), lang.phrase(s.description()), null, facts, categoryLinks(lang, s.categories()),
                s.keywords(), List.of(), rows, null, RecordKind.SOFTWARE.path(s.id()), "archived".equals(s.status()));
    }

    public RecordPage solution(Language lang, String id, Caller caller) {
        SolutionView s = solutions.get(id, caller).body();
        Map<String, String> names = organizationNames(lang);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(text(lang, "fact.owner"), names.getOrDefault(s.owner(), s.owner()), lang.organization(s.owner())));
        if (s.developmentStatus() != null) {
            facts.add(new Fact(text(lang, "fact.development-status"), text(lang, "development-status." + s.developmentStatus()), null));
        }
        facts.add(new Fact(text(lang, "fact.maintenance"), text(lang, "maintenance." + s.maintenance().type()), null));
        if (s.maintenance().contractors() != null) {
            for (Contractor c : s.maintenance().contractors()) {
                facts.add(new Fact(text(lang, "fact.contractor"), c.until() == null ? c.name()
                        : Messages.get(lang.locale, "portal.contractor-until", c.name(), c.until().toString()), null));
            }
        }
        licenceFacts(lang, s.licence(), facts);
        link(facts, text(lang, "fact.homepage"), s.homepage());
        link(facts, text(lang, "fact.repository"), s.repository());
        link(facts, text(lang, "fact.documentation"), s.documentation());
        if (!s.platforms().isEmpty()) {
            facts.add(new Fact(text(lang, "fact.platforms"), String.join(", ", s.platforms()), null));
        }
        if (!s.availableLanguages().isEmpty()) {
            facts.add(new Fact(text(lang, "fact.languages"), String.join(", ", s.availableLanguages()), null));
        }
        facts.add(new Fact(text(lang, "fact.reuse-count"), number(lang, s.usageCount()), null));
        List<UsageRow> rows = usageRows(lang, all(page -> usages.ofRecord(RecordKind.SOLUTION, id, page, caller)),
                u -> names.getOrDefault(u.organization(), u.organization()), u -> lang.organization(u.organization()));
        return new RecordPage("solution", text(lang, "kind.solution"), s.id(), s.name(), lang.phrase(s.description()), lang.phrase(s.longDescription()), facts,
                categoryLinks(lang, s.categories()), s.keywords(), contacts(s.contacts()), rows, RecordKind.SOLUTION.path(s.id()) + "/publiccode.yml",
                RecordKind.SOLUTION.path(s.id()), "archived".equals(s.status()));
    }

    // ---------------------------------------------------------------------------------------------
    // Bodies and categories
    // ---------------------------------------------------------------------------------------------

    public OrganizationPage organization(Language lang, String id, Caller caller) {
        OrganizationView o = organizations.get(id).body();
        Map<String, String> names = organizationNames(lang);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(text(lang, "fact.organization-type"), text(lang, "organization-type." + o.type()), null));
        if (o.parent() != null) {
            facts.add(new Fact(text(lang, "fact.parent"), names.getOrDefault(o.parent(), o.parent()), lang.organization(o.parent())));
        }
        link(facts, text(lang, "fact.website"), o.website());
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        // The names of what the body uses, from the index (through the same policy as the usages themselves).
        Map<String, String> recordNames = new HashMap<>();
        for (SearchViews.Hit hit : searchAll(SearchQuery.builder().organization(id).visibility(policy), Integer.MAX_VALUE)) {
            recordNames.put(hit.kind() + ":" + hit.id(), hit.name());
        }
        List<UsageRow> uses = usageRows(lang, all(page -> usages.ofOrganization(id, page, caller)),
                u -> recordNames.getOrDefault(kindOf(u) + ":" + recordOf(u), recordOf(u)), u -> lang.record(kindOf(u), recordOf(u)));
        List<RecordLine> owns = searchAll(SearchQuery.builder().owner(id).kind("solution").visibility(policy), RECORDS_SHOWN).stream()
                .map(h -> line(lang, h)).toList();
        return new OrganizationPage(o.id(), lang.pick(o.name()), o.acronym(), facts, uses, owns,
                lang.search() + "?organization=" + Links.encode(o.id()));
    }

    public CategoryPage category(Language lang, String id, Caller caller) {
        CategoryView c = categories.get(id).body();
        SearchQuery.Builder query = SearchQuery.builder().category(id).sort("-usageCount").visibility(VisibilityPolicy.of(caller));
        List<SearchViews.Hit> hits = searchAll(query, RECORDS_SHOWN);
        long total = search.search(query.limit(1).build()).total();
        return new CategoryPage(c.id(), lang.pick(c.name()), total, hits.stream().map(h -> line(lang, h)).toList(),
                lang.search() + "?category=" + Links.encode(c.id()));
    }

    // ---------------------------------------------------------------------------------------------
    // Site map
    // ---------------------------------------------------------------------------------------------

    /** Every public page, in both languages: what an anonymous caller's search finds, every body and category. */
    public List<Sitemap.Entry> publicPages() {
        List<Sitemap.Entry> pages = new ArrayList<>();
        pages.add(entry(Language::home));
        pages.add(entry(Language::search));
        pages.add(entry(Language::statistics));
        for (SearchViews.Hit hit : searchAll(SearchQuery.builder().sort("name").visibility(VisibilityPolicy.ANONYMOUS), Integer.MAX_VALUE)) {
            pages.add(entry(l -> l.record(hit.kind(), hit.id())));
        }
        for (OrganizationView o : all(page -> organizations.list(null, page))) {
            pages.add(entry(l -> l.organization(o.id())));
        }
        for (CategoryView c : allCategories()) {
            pages.add(entry(l -> l.category(c.id())));
        }
        return pages;
    }

    private static Sitemap.Entry entry(Function<Language, String> path) {
        return new Sitemap.Entry(path.apply(Language.FR), path.apply(Language.EN));
    }

    // ---------------------------------------------------------------------------------------------
    // Shared
    // ---------------------------------------------------------------------------------------------

    /** Every page of a list, one request per {@value #BATCH} rows. */
    static <T> List<T> all(Function<PageRequest, Listing<T>> reader) {
        List<T> rows = new ArrayList<>();
        Cursor cursor = null;
        do {
            Listing<T> page = reader.apply(new PageRequest(BATCH, cursor));
            rows.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return rows;
    }

    /** The hits of a search, following its cursor, up to {@code max}. */
    List<SearchViews.Hit> searchAll(SearchQuery.Builder builder, int max) {
        List<SearchViews.Hit> hits = new ArrayList<>();
        SearchQuery query = builder.limit(Math.min(BATCH, max)).build();
        String cursor = null;
        do {
            SearchService.Page page = search.search(query.withCursor(cursor));
            hits.addAll(page.hits());
            cursor = page.next();
        } while (cursor != null && hits.size() < max);
        return hits.size() > max ? hits.subList(0, max) : hits;
    }

    private RecordLine line(Language lang, SearchViews.Hit h) {
        String detail = lang.pick(h.descriptionText());
        return new RecordLine(h.name(), lang.record(h.kind(), h.id()), text(lang, "kind." + h.kind()), detail);
    }

    List<CategoryView> allCategories() {
        return register().categories();
    }

    /** Every body's name in the language, by id (the register is small: a hundred bodies). */
    Map<String, String> organizationNames(Language lang) {
        return register().names().get(lang);
    }

    /** The register at the change log's current position, read again only when the log has moved. */
    private Register register() {
        long seq = changes.lastSeq();
        Register known = register;
        if (known != null && known.seq() >= seq) {
            return known;
        }
        synchronized (this) {
            known = register;
            if (known == null || known.seq() < seq) {
                // The position is read before the register: it holds every change up to it.
                Map<Language, Map<String, String>> names = new EnumMap<>(Language.class);
                List<OrganizationView> bodies = all(page -> organizations.list(null, page));
                for (Language lang : Language.values()) {
                    Map<String, String> named = new LinkedHashMap<>();
                    bodies.forEach(o -> named.put(o.id(), lang.pick(o.name())));
                    names.put(lang, Collections.unmodifiableMap(named));
                }
                known = new Register(seq, List.copyOf(all(categories::list)), names);
                register = known;
            }
            return known;
        }
    }

    private List<Link> categoryLinks(Language lang, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, BilingualText> labels = new HashMap<>();
        allCategories().forEach(c -> labels.put(c.id(), c.name()));
        return ids.stream().map(id -> new Link(labels.containsKey(id) ? lang.pick(labels.get(id)) : id, lang.category(id))).toList();
    }

    private List<UsageRow> usageRows(Language lang, List<UsageView> views, Function<UsageView, String> label,
            Function<UsageView, String> href) {
        return views.stream().map(u -> new UsageRow(label.apply(u), href.apply(u),
                u.installations() == null ? null : u.installations(), u.versions().isEmpty() ? null : String.join(", ", u.versions()),
                u.status() == null ? null : text(lang, "usage-status." + u.status()), u.since(), lang.phrase(u.useCase()),
                contacts(u.contacts()))).sorted(Comparator.comparing(UsageRow::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Contacts as the policy gave them: what it withheld is absent, and the page says that a contact exists. */
    private static List<ContactLine> contacts(List<Contact> contacts) {
        return contacts == null ? List.of() : contacts.stream().map(c -> new ContactLine(c.name(), c.email(), c.phone(), c.role())).toList();
    }

    private static void licenceFacts(Language lang, LicenceView licence, List<Fact> facts) {
        if (licence == null) {
            facts.add(new Fact(text(lang, "fact.licence"), text(lang, "licence.unknown"), null));
            return;
        }
        facts.add(new Fact(text(lang, "fact.licence"), licence.expression(), null));
        facts.add(new Fact(text(lang, "fact.osi"), yesNo(lang, licence.osiApproved()), null));
        facts.add(new Fact(text(lang, "fact.fsf"), yesNo(lang, licence.fsfLibre()), null));
    }

    private static String yesNo(Language lang, Boolean value) {
        return text(lang, value == null ? "unknown" : value ? "yes" : "no");
    }

    /** A web address as a link; anything but http(s) stays text, so that no stored value becomes a script's address. */
    private static void link(List<Fact> facts, String label, String href) {
        if (href == null || href.isBlank()) {
            return;
        }
        if (href.startsWith("https://") || href.startsWith("http://")) {
            facts.add(new Fact(label, href, href));
        } else {
            facts.add(new Fact(label, href, null));
        }
    }

    private static String kindOf(UsageView u) {
        return u.software() != null ? "software" : "solution";
    }

    private static String recordOf(UsageView u) {
        return u.software() != null ? u.software() : u.solution();
    }

    static String text(Language lang, String key) {
        return Messages.get(lang.locale, "portal." + key, List.of());
    }

    static String number(Language lang, long value) {
        return NumberFormat.getIntegerInstance(lang.locale).format(value);
    }
}
