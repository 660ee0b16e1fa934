package ca.quebec.catalogue.search;

import java.util.List;

/**
 * How many records each facet value would give. Each facet is counted with the text,
 * the visibility rule and every other filter applied, but not its own filter
 * (drill-sideways): the kind facet still shows how many solutions there are while
 * software is selected, so the user can switch. A selected value's count is therefore
 * the result's total, and for the single-valued kind facet the counts add up to what
 * the total would be without the kind filter. Values are ids (category, organization
 * ids, SPDX licence ids), most frequent first, then by id; only values with a count
 * above zero are listed, plus the selected value even if it has none.
 */
public record SearchFacets(List<Count> kind, List<Count> category, List<Count> licence, List<Count> organization,
        List<Count> developmentStatus) {

    /** One facet value and how many records have it. */
    public record Count(String value, long count) {
    }
}
