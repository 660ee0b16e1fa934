package ca.quebec.catalogue.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.portal.Contents.ActiveFilter;
import ca.quebec.catalogue.portal.Contents.Facet;
import ca.quebec.catalogue.portal.Contents.Hit;
import ca.quebec.catalogue.portal.Contents.Match;
import ca.quebec.catalogue.portal.Contents.Option;
import ca.quebec.catalogue.portal.Contents.PageLink;
import ca.quebec.catalogue.portal.Contents.Pagination;
import ca.quebec.catalogue.portal.Contents.SearchPage;
import ca.quebec.catalogue.record.RecordFilters;
import ca.quebec.catalogue.search.SearchQuery;
import ca.quebec.catalogue.search.SearchService;
import ca.quebec.catalogue.search.SearchViews;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The results page: the same search as {@code /api/v1/search}, read with the
 * caller's visibility, shown twenty at a time with numbered pages, and facets
 * that work as plain links and as checkboxes of a GET form, so that nothing
 * needs JavaScript.
 */
@ApplicationScoped
public class SearchPages {

    static final int PAGE_SIZE = 20;
    /** Pages are numbered; the search pages with cursors, so page n follows them in batches of this many (a multiple of the page size). */
    private static final int BATCH = 100;
    /** Facet values shown at most (the selected one always is); the page says how many more there are. */
    static final int FACET_VALUES = 12;
    /** The facets, in the order of the page, by their query parameter. */
    static final List<String> FACETS = List.of("kind", "category", "licence", "organization", "developmentStatus");
    /** Fields whose matches are listed under a result, besides its name and description. */
    private static final List<String> MATCH_FIELDS = List.of("aliases", "keywords", "categories", "organizations", "owner", "licence",
            "platforms");

    private final SearchService search;
    private final RecordFilters filters;
    private final OrganizationService organizations;

    public SearchPages(SearchService search, RecordFilters filters, OrganizationService organizations) {
        this.search = search;
        this.filters = filters;
        this.organizations = organizations;
    }

    /** The form as sent: each facet at most once (the search filters on one value per facet). */
    public record Form(String q, Map<String, String> selected, int page) {

        public static Form of(String q, Map<String, List<String>> facets, String page) {
            Map<String, String> selected = new LinkedHashMap<>();
            for (String facet : FACETS) {
                List<String> values = facets.getOrDefault(facet, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
                if (values.size() > 1) {
                    throw ProblemException.badParameter(facet, "portal.one-value-per-facet", facet);
                }
                if (!values.isEmpty()) {
                    selected.put(facet, values.get(0).trim());
                }
            }
            return new Form(q == null ? "" : q.trim(), selected, pageNumber(page));
        }

        static int pageNumber(String page) {
            if (page == null || page.isEmpty()) {
                return 1;
            }
            try {
                int number = Integer.parseInt(page);
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Refused below, as a number out of range is.
            }
            throw ProblemException.badParameter("page", "portal.page-number");
        }

        /** The parameters of a link to this search with one facet set (or removed, when null), on its first page. */
        Map<String, String> with(String facet, String value) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", q);
            for (String f : FACETS) {
                String v = f.equals(facet) ? value : selected.get(f);
                if (v != null) {
                    parameters.put(f, v);
                }
            }
            return parameters;
        }

        Map<String, String> atPage(int number) {
            Map<String, String> parameters = with(null, null);
            if (number > 1) {
                parameters.put("page", Integer.toString(number));
            }
            return parameters;
        }
    }

    /**
     * A results page rendered once per index snapshot: the page depends on nothing else than the
     * searches it shows, its language, its address and whom it is for (their visibility class).
     */
    public String rendered(Language lang, String address, Caller caller, Supplier<String> render) {
        return search.writtenOnce(new Rendered(lang, address, VisibilityPolicy.of(caller).searchClass()), render, html -> 64 + 2 * html.length());
    }

    private record Rendered(Language lang, String address, String visibility) {
    }

    public SearchPage page(Language lang, Form form, Caller caller) {
        Map<String, String> s = form.selected();
        SearchQuery query = SearchQuery.builder().q(form.q()).kind(s.get("kind")).category(filters.category(s.get("category")))
                .licence(filters.licence(s.get("licence"))).organization(organizations.filter("organization", s.get("organization")))
                .developmentStatus(s.get("developmentStatus")).visibility(VisibilityPolicy.of(caller))
                .limit(form.page() == 1 ? PAGE_SIZE : BATCH).build();
        int offset = (form.page() - 1) * PAGE_SIZE;
        int skipped = 0;
        SearchService.Page batch = search.search(query);
        while (skipped + batch.hits().size() <= offset && batch.next() != null) {
            skipped += batch.hits().size();
            batch = search.search(query.withCursor(batch.next()));
        }
        int last = (int) Math.max(1, (batch.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (form.page() > last) {
            throw ProblemException.badParameter("page", "portal.page-after-last", last);
        }
        List<SearchViews.Hit> shown = batch.hits().subList(Math.min(offset - skipped, batch.hits().size()),
                Math.min(offset - skipped + PAGE_SIZE, batch.hits().size()));
        List<Hit> hits = shown.stream().map(h -> hit(lang, h)).toList();
        return new SearchPage(form.q(), batch.total(), hits.isEmpty() ? 0 : offset + 1, offset + hits.size(), hits,
                facets(lang, form, batch.facets()), active(lang, form, batch.facets()), pagination(lang, form, last));
    }

    private static Hit hit(Language lang, SearchViews.Hit h) {
        Map<String, List<String>> marks = h.highlights();
        String nameMarked = first(marks, "name");
        String descriptionMarked = first(marks, "description." + lang.code);
        if (descriptionMarked == null && lang.phrase(h.descriptionText()) != null && !lang.phrase(h.descriptionText()).lang().equals(lang.code)) {
            // The description shown is the other language's: its highlight is the one that applies.
            descriptionMarked = first(marks, "description." + lang.other().code);
        }
        List<Match> matches = new ArrayList<>();
        for (String field : MATCH_FIELDS) {
            for (String html : marks.getOrDefault(field, List.of())) {
                matches.add(new Match(Messages.get(lang.locale, "portal.field-label", PortalContent.text(lang, "field." + field)), html));
            }
        }
        return new Hit(h.kind(), PortalContent.text(lang, "kind." + h.kind()), h.id(), h.name(), nameMarked, lang.record(h.kind(), h.id()),
                lang.phrase(h.descriptionText()), descriptionMarked, h.licence(), h.usageCount(), matches);
    }

    private static String first(Map<String, List<String>> marks, String field) {
        List<String> values = marks.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<Facet> facets(Language lang, Form form, SearchViews.Facets counts) {
        List<Facet> facets = new ArrayList<>();
        for (String facet : FACETS) {
            List<SearchViews.FacetValue> values = values(counts, facet);
            String selected = form.selected().get(facet);
            List<Option> options = new ArrayList<>();
            int hidden = 0;
            for (SearchViews.FacetValue v : values) {
                boolean isSelected = v.value().equals(selected);
                if (!isSelected && options.size() >= FACET_VALUES) {
                    hidden++;
                    continue;
                }
                String href = Links.withQuery(lang.search(), form.with(facet, isSelected ? null : v.value()));
                options.add(new Option("f-" + facet + "-" + v.value().replaceAll("[^A-Za-z0-9_.-]", "_"), v.value(), label(lang, facet, v),
                        v.count(), isSelected, href));
            }
            facets.add(new Facet(facet, PortalContent.text(lang, "facet." + facet), options, hidden));
        }
        return facets;
    }

    private static List<ActiveFilter> active(Language lang, Form form, SearchViews.Facets counts) {
        List<ActiveFilter> active = new ArrayList<>();
        form.selected().forEach((facet, value) -> {
            String label = values(counts, facet).stream().filter(v -> v.value().equals(value)).findFirst().map(v -> label(lang, facet, v))
                    .orElse(value);
            active.add(new ActiveFilter(Messages.get(lang.locale, "portal.labelled", PortalContent.text(lang, "facet." + facet), label),
                    Links.withQuery(lang.search(), form.with(facet, null))));
        });
        return active;
    }

    private static List<SearchViews.FacetValue> values(SearchViews.Facets counts, String facet) {
        return switch (facet) {
            case "kind" -> counts.kind();
            case "category" -> counts.category();
            case "licence" -> counts.licence();
            case "organization" -> counts.organization();
            default -> counts.developmentStatus();
        };
    }

    private static String label(Language lang, String facet, SearchViews.FacetValue v) {
        return switch (facet) {
            case "kind" -> PortalContent.text(lang, "kind." + v.value());
            case "developmentStatus" -> PortalContent.text(lang, "development-status." + v.value());
            case "licence" -> v.value();
            default -> v.label() == null ? v.value() : lang.pick(v.label());
        };
    }

    private static Pagination pagination(Language lang, Form form, int last) {
        int page = form.page();
        List<PageLink> pages = new ArrayList<>();
        // The first, the last, and two on each side of the current one.
        int previous = 0;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= 2) {
                pages.add(new PageLink(n, Links.withQuery(lang.search(), form.atPage(n)), n == page, n > previous + 1));
                previous = n;
            }
        }
        return new Pagination(page, last, page > 1 ? Links.withQuery(lang.search(), form.atPage(page - 1)) : null,
                page < last ? Links.withQuery(lang.search(), form.atPage(page + 1)) : null, pages);
    }
}
