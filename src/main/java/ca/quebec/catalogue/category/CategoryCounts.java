package ca.quebec.catalogue.category;

import java.util.Map;

/**
 * How many records each category holds. Records name their categories, so the
 * record room answers this; categories only ask (the arrow points one way).
 */
public interface CategoryCounts {

    /** Per category id, the records that lists show by default. */
    Map<String, Long> recordsPerCategory();
}
