package ca.quebec.catalogue.search;

import java.util.Arrays;
import java.util.List;

import ca.quebec.catalogue.kernel.ProblemException;

/**
 * The orders a search can take. The wire names follow the record lists' ({@code -} means
 * descending) plus {@code relevance}. Every order ends with the record's key, so it is
 * total and a cursor says exactly where the next page starts.
 */
public enum SearchSort {
    /** Best match first; with no text, most used first. */
    RELEVANCE("relevance"),
    NAME("name"),
    NAME_DESC("-name"),
    USAGE_COUNT("usageCount"),
    /** Most used first. */
    USAGE_COUNT_DESC("-usageCount"),
    UPDATED_AT("updatedAt"),
    /** Most recently changed first. */
    UPDATED_AT_DESC("-updatedAt");

    public static final List<String> WIRE_NAMES = Arrays.stream(values()).map(s -> s.wire).toList();

    public final String wire;

    SearchSort(String wire) {
        this.wire = wire;
    }

    /**
     * The sort a client asked for; when it asked for none, relevance if it typed
     * something and name otherwise (an alphabetical catalogue reads better than a
     * ranking of equal scores).
     */
    public static SearchSort parse(String value, boolean hasText) {
        if (value == null || value.isEmpty()) {
            return hasText ? RELEVANCE : NAME;
        }
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badParameter("sort", "sort-unknown", value, String.join(", ", WIRE_NAMES)));
    }
}
