package ca.quebec.catalogue.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.web.Page;

/** The JSON of search answers. */
public final class SearchViews {

    private SearchViews() {
    }

    @Schema(name = "SearchHit", description = "One record found, and why it matched")
    public record Hit(
            @Schema(required = true, enumeration = { "software", "solution" }) String kind,
            @Schema(required = true) String id,
            @Schema(required = true) String name,
            @Schema(required = true, nullable = true) Description description,
            @Schema(description = "SPDX expression, or null when unknown", required = true, nullable = true) String licence,
            @Schema(required = true, nullable = true) Boolean osiApproved,
            @Schema(required = true) int usageCount,
            @Schema(description = "Relevance score when sorted by relevance, comparable within one search only", required = true, nullable = true) Float score,
            @Schema(description = "Per field (name, aliases, keywords, categories, organizations, owner, description.fr, description.en, licence, platforms): the matching values, HTML-escaped, each matching word in <mark>…</mark>", required = true) Map<String, List<String>> highlights,
            @Schema(description = "The record's path", required = true) String path) {

        /** The description as bilingual text, for pages that pick their language from it. */
        public BilingualText descriptionText() {
            return description == null ? null : BilingualText.of(description.fr(), description.en());
        }

        /** The hit with one language of description ({@code fr} or {@code en}), and only that description's highlight. */
        Hit inLanguage(String lang) {
            Description one = Description.of(descriptionText(), lang);
            Map<String, List<String>> marks = highlights;
            if (one != null && one.leftOut() != null && highlights.containsKey(one.leftOut())) {
                marks = new LinkedHashMap<>(highlights);
                marks.remove(one.leftOut());
            }
            return new Hit(kind, id, name, one, licence, osiApproved, usageCount, score, marks, path);
        }
    }

    /**
     * A hit's description. Both languages by default (harvesters); with {@code lang}, only
     * that one, or the other when the record has no text in it (a portal shows one).
     */
    @Schema(name = "SearchDescription", description = "The record's description: French and English by default; with lang, only that "
            + "language, or the other one when the record has none in it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Description(
            @Schema(description = "French text") String fr,
            @Schema(description = "English text") String en) {

        static Description of(BilingualText text, String lang) {
            if (text == null || text.fr() == null && text.en() == null) {
                return null;
            }
            if ("fr".equals(lang) && text.fr() != null || "en".equals(lang) && text.en() == null) {
                return new Description(text.fr(), null);
            }
            if ("en".equals(lang) || "fr".equals(lang)) {
                return new Description(null, text.en());
            }
            return new Description(text.fr(), text.en());
        }

        /** The highlight field of the language this description leaves out, if any. */
        String leftOut() {
            return fr == null ? "description.fr" : en == null ? "description.en" : null;
        }
    }

    @Schema(name = "FacetValue", description = "One facet value and how many records it would give")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FacetValue(
            @Schema(required = true) String value,
            @Schema(required = true) long count,
            @Schema(description = "A label to show, for categories, organizations and licences") BilingualText label) {
    }

    @Schema(name = "SearchFacets", description = "Counts per value; each facet is computed with the other filters applied but not its own")
    public record Facets(
            @Schema(required = true) List<FacetValue> kind,
            @Schema(required = true) List<FacetValue> category,
            @Schema(required = true) List<FacetValue> licence,
            @Schema(required = true) List<FacetValue> organization,
            @Schema(required = true) List<FacetValue> developmentStatus) {
    }

    @Schema(name = "SearchMeta")
    public record Meta(
            @Schema(description = "How many records match, over all pages", required = true) long total,
            @Schema(required = true) Facets facets) {
    }

    @Schema(name = "SearchPage", description = "One page of search results, with facets")
    public record Results(
            @Schema(required = true) List<Hit> data,
            @Schema(required = true) Meta meta,
            @Schema(required = true) Page.Links links) {
    }

    @Schema(name = "Suggestion", description = "A completion for a search box")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestionView(
            @Schema(required = true, enumeration = { "software", "solution", "organization", "category" }) String kind,
            @Schema(required = true) String id,
            @Schema(description = "What to show", required = true) String label,
            @Schema(description = "The other name (alias, acronym, English label) that matched, when not the label") String matched,
            @Schema(description = "The path of what it names", required = true) String path) {
    }

    @Schema(name = "Suggestions")
    public record Suggestions(@Schema(required = true, maxItems = 10) List<SuggestionView> data) {
    }
}
