package ca.quebec.catalogue.search;

import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.QueryParameters;
import ca.quebec.catalogue.kernel.Vocabulary;
import ca.quebec.catalogue.record.Platform;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.solution.DevelopmentStatus;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * What a caller searches for. Build it with {@link #builder()}, whose setters take the
 * query parameters as sent and refuse bad ones with a 400 that names the parameter.
 * Category, licence and organization ids are matched as given: check that they exist
 * (e.g. with {@code RecordFilters}) before, so that a typo is a 400 rather than an empty page.
 *
 * @param q                 free text as typed; empty matches everything. Never parsed as Lucene syntax.
 *                          The last word is also matched as a prefix unless the text ends with a space.
 * @param kind              software or solution, or null for both (a facet)
 * @param category          a category id (a facet)
 * @param licence           an SPDX licence id in the list's spelling (a facet)
 * @param osiApproved       only records whose licence is (or is not) OSI-approved
 * @param organization      an organization id: records it declares using (a facet)
 * @param owner             an organization id: solutions it owns
 * @param developmentStatus concept, development, beta, stable or obsolete (a facet)
 * @param platform          windows, macos, linux, unix, bsd, android, ios or web
 * @param visibility        who is asking: the policy decides what they may find
 * @param sort              the order of the hits
 * @param limit             page size, 1 to {@value PageRequest#MAX_LIMIT}
 * @param cursor            the {@link SearchResult#next()} of the previous page, or null for the first
 */
public record SearchQuery(String q, String kind, String category, String licence, Boolean osiApproved,
        String organization, String owner, String developmentStatus, String platform, VisibilityPolicy visibility,
        SearchSort sort, int limit, String cursor) {

    /** Longest text accepted: a search box, not a document. */
    public static final int MAX_TEXT_LENGTH = 200;

    public SearchQuery {
        q = q == null ? "" : q;
        visibility = visibility == null ? VisibilityPolicy.ANONYMOUS : visibility;
        sort = sort == null ? SearchSort.parse(null, !q.isBlank()) : sort;
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw ProblemException.badParameter("limit", "limit-range", PageRequest.MAX_LIMIT);
        }
    }

    /** Everything, first page, default order. */
    public static SearchQuery all() {
        return builder().build();
    }

    public static SearchQuery text(String q) {
        return builder().q(q).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A query like this one but starting where {@code cursor} says. */
    public SearchQuery withCursor(String next) {
        return new SearchQuery(q, kind, category, licence, osiApproved, organization, owner, developmentStatus, platform,
                visibility, sort, limit, next);
    }

    /** Reads query parameters, refusing a bad one with {@link ProblemException#badParameter}. */
    public static final class Builder {
        private String q = "";
        private String kind;
        private String category;
        private String licence;
        private Boolean osiApproved;
        private String organization;
        private String owner;
        private String developmentStatus;
        private String platform;
        private VisibilityPolicy visibility = VisibilityPolicy.ANONYMOUS;
        private String sort;
        private SearchSort sortValue;
        private int limit = PageRequest.DEFAULT_LIMIT;
        private String cursor;

        private Builder() {
        }

        public Builder q(String value) {
            String text = value == null ? "" : value;
            if (text.length() > MAX_TEXT_LENGTH) {
                throw ProblemException.badParameter("q", "search.q-too-long", MAX_TEXT_LENGTH);
            }
            this.q = text;
            return this;
        }

        public Builder kind(String value) {
            this.kind = wire(QueryParameters.oneOf("kind", blankToNull(value), RecordKind.class));
            return this;
        }

        public Builder category(String value) {
            this.category = blankToNull(value);
            return this;
        }

        public Builder licence(String value) {
            this.licence = blankToNull(value);
            return this;
        }

        public Builder osiApproved(Boolean value) {
            this.osiApproved = value;
            return this;
        }

        /** {@code "true"} or {@code "false"} as sent. */
        public Builder osiApproved(String value) {
            this.osiApproved = QueryParameters.bool("osiApproved", blankToNull(value));
            return this;
        }

        public Builder organization(String value) {
            this.organization = blankToNull(value);
            return this;
        }

        public Builder owner(String value) {
            this.owner = blankToNull(value);
            return this;
        }

        public Builder developmentStatus(String value) {
            this.developmentStatus = wire(QueryParameters.oneOf("developmentStatus", blankToNull(value), DevelopmentStatus.class));
            return this;
        }

        public Builder platform(String value) {
            this.platform = wire(QueryParameters.oneOf("platform", blankToNull(value), Platform.class));
            return this;
        }

        public Builder visibility(VisibilityPolicy value) {
            this.visibility = value == null ? VisibilityPolicy.ANONYMOUS : value;
            return this;
        }

        /** A wire name of {@link SearchSort}; null or empty for the default. */
        public Builder sort(String value) {
            this.sort = blankToNull(value);
            this.sortValue = null;
            return this;
        }

        public Builder sort(SearchSort value) {
            this.sortValue = value;
            this.sort = null;
            return this;
        }

        /** The page size as sent; absent means {@value PageRequest#DEFAULT_LIMIT}. */
        public Builder limit(String value) {
            this.limit = PageRequest.parseLimit(value);
            return this;
        }

        public Builder limit(int value) {
            if (value < 1 || value > PageRequest.MAX_LIMIT) {
                throw ProblemException.badParameter("limit", "limit-range", PageRequest.MAX_LIMIT);
            }
            this.limit = value;
            return this;
        }

        /** Checked when the search runs, against the query it is sent with. */
        public Builder cursor(String value) {
            this.cursor = blankToNull(value);
            return this;
        }

        public SearchQuery build() {
            SearchSort order = sortValue != null ? sortValue : SearchSort.parse(sort, !q.isBlank());
            return new SearchQuery(q, kind, category, licence, osiApproved, organization, owner, developmentStatus, platform,
                    visibility, order, limit, cursor);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    private static String wire(Vocabulary word) {
        return word == null ? null : word.wire();
    }
}
