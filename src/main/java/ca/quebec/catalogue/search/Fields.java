package ca.quebec.catalogue.search;

import java.util.List;

/**
 * The index's field names. Text is grouped into a few fields by weight rather than one
 * field per property: a query term then costs four look-ups per stem instead of ten,
 * which is what keeps a search near a millisecond. Highlighting re-reads the stored record,
 * so it still says which property matched.
 */
final class Fields {

    private Fields() {
    }

    // Text, with the French and English stems of each word (Analysis#bilingual).
    /** Name and aliases. */
    static final String NAMES = "names";
    /** Keywords and category labels in both languages. */
    static final String TAGS = "tags";
    /** Names, acronyms, other names and ids of the organizations that use it, and of its owner. */
    static final String ORGS = "orgs";
    /** Descriptions in both languages, licence expression, platforms. */
    static final String BODY = "body";
    static final List<String> TEXT = List.of(NAMES, TAGS, ORGS, BODY);

    /** Every word of every text, folded but not stemmed: the vocabulary that typos and prefixes are matched against. */
    static final String SPELL = "spell";
    /** The words of the name and aliases, folded: what suggestions complete. */
    static final String SUGGEST = "suggest";
    /** The whole name, normalized ("mozillafirefox"): an exact-name bonus and name-prefix suggestions. */
    static final String NAME_KEY = "name_key";
    /** Each alias, normalized. */
    static final String ALIAS_KEY = "alias_key";

    // Identity, filters, facets and sorts.
    /** kind:id, unique; also the last sort key of every order. */
    static final String KEY = "key";
    static final String STATUS = "status";
    static final String SUBMITTED_BY = "submitted_by";
    static final String OSI = "osi";
    static final String OWNER = "owner";
    static final String PLATFORM = "platform";
    static final String USAGE = "usage";
    /** 1 + 0.1·ln(1 + usageCount), precomputed: the gentle popularity factor of the relevance score. */
    static final String USAGE_BOOST = "usage_boost";
    static final String UPDATED = "updated";
    static final String NAME_SORT = "name_sort";
    /**
     * The whole record, encoded, to build hits and highlights from the same snapshot that
     * matched. Binary doc values rather than a stored field: they are not compressed, so a
     * hit is read directly instead of decompressing a block of its neighbours.
     */
    static final String STORED = "stored";

    // Facets (sorted-set doc values).
    static final String KIND = "kind";
    static final String CATEGORY = "category";
    static final String LICENCE = "licence";
    static final String ORGANIZATION = "organization";
    static final String DEVELOPMENT_STATUS = "development_status";
}
