package ca.quebec.catalogue.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One catalogue record as the search index sees it: everything a person may type
 * to find it, and everything the filters, facets, sorts and visibility rules need.
 * Built from the database by the caller; the index never reads the database.
 *
 * @param kind              {@code "software"} or {@code "solution"}
 * @param id                the record's slug, unique within its kind
 * @param name              the display name
 * @param aliases           other names it goes by
 * @param descriptionFr     short French description, or null
 * @param descriptionEn     short English description, or null
 * @param keywords          free keywords, in either language
 * @param categories        its categories, with their French and English labels
 * @param licence           the SPDX expression as stored, or null when unknown
 * @param licenceIds        the SPDX licence ids the expression names (what the licence filter and facet use)
 * @param osiApproved       whether the expression can be satisfied with OSI-approved licences; null when unknown
 * @param usedBy            the organizations that declare an active usage
 * @param owner             the owner organization (solutions), or null
 * @param developmentStatus concept, development, beta, stable or obsolete (solutions), or null
 * @param platforms         where it runs (windows, linux, web…)
 * @param usageCount        how many organizations declare an active usage
 * @param updatedAt         last change of the record
 * @param status            moderation state: submitted, published, rejected or archived
 * @param submittedBy       the organization whose key submitted it, or null (decides who sees it before publication)
 */
public record SearchDocument(String kind, String id, String name, List<String> aliases, String descriptionFr,
        String descriptionEn, List<String> keywords, List<CategoryRef> categories, String licence, List<String> licenceIds,
        Boolean osiApproved, List<OrganizationRef> usedBy, OrganizationRef owner, String developmentStatus,
        List<String> platforms, int usageCount, Instant updatedAt, String status, String submittedBy) {

    public static final String SOFTWARE = "software";
    public static final String SOLUTION = "solution";

    /** A category and its labels, so that "tableur" and "spreadsheet" both find its records. */
    public record CategoryRef(String id, String nameFr, String nameEn) {

        public CategoryRef {
            Objects.requireNonNull(id, "category id");
        }
    }

    /**
     * An organization and every name people know it by: "Ministère des Transports",
     * "MTQ" and "mtmdet" all find what it uses.
     */
    public record OrganizationRef(String id, String nameFr, String nameEn, String acronym, List<String> aliases) {

        public OrganizationRef {
            Objects.requireNonNull(id, "organization id");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public SearchDocument {
        if (!SOFTWARE.equals(kind) && !SOLUTION.equals(kind)) {
            throw new IllegalArgumentException("kind must be software or solution: " + kind);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        aliases = copy(aliases);
        keywords = copy(keywords);
        categories = copy(categories);
        licenceIds = copy(licenceIds);
        usedBy = copy(usedBy);
        platforms = copy(platforms);
    }

    /** The index's key for this record: kinds have separate id spaces. */
    public String key() {
        return key(kind, id);
    }

    static String key(String kind, String id) {
        return kind + ":" + id;
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
