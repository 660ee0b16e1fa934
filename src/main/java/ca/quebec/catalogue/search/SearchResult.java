package ca.quebec.catalogue.search;

import java.util.List;

/**
 * One page of a search.
 *
 * @param total  how many visible records match the text and every filter
 * @param hits   this page, in the requested order
 * @param facets counts per facet value; each facet ignores its own filter (see {@link SearchFacets})
 * @param next   an opaque cursor for the next page, or null on the last page
 */
public record SearchResult(long total, List<SearchHit> hits, SearchFacets facets, String next) {
}
