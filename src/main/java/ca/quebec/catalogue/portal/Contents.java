package ca.quebec.catalogue.portal;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What each page shows, already in the page's language: the templates only lay
 * it out. Nothing here holds a hidden detail: contacts and records come through
 * the visibility policy before they are put in.
 */
public final class Contents {

    private Contents() {
    }

    /** A link, with its text. */
    @TemplateData
    public record Link(String label, String href) {
    }

    /** A figure of the home page. */
    @TemplateData
    public record Figure(String value, String label) {
    }

    /** A category and how many published records it holds. */
    @TemplateData
    public record CategoryLink(String label, String href, long count) {
    }

    @TemplateData
    public record HomePage(List<Figure> figures, List<CategoryLink> categories) {
    }

    /** One result: {@code nameMarked} and {@code descriptionMarked} are HTML from the search, with the matched words in {@code <mark>}. */
    @TemplateData
    public record Hit(String kind, String kindLabel, String id, String name, String nameMarked, String href, Phrase description,
            String descriptionMarked, String licence, int usageCount, List<Match> matches) {
    }

    /** Where else the text matched: a field's label and the matching value as HTML from the search. */
    @TemplateData
    public record Match(String field, String html) {
    }

    /** One facet: its query parameter, its legend, and its values. */
    @TemplateData
    public record Facet(String param, String legend, List<Option> options, int hidden) {
    }

    /**
     * One facet value: a checkbox in the form, and a plain link that selects it alone
     * (or removes it when it is selected).
     */
    @TemplateData
    public record Option(String inputId, String value, String label, long count, boolean selected, String href) {
    }

    /** A filter in force, and the link that removes it. */
    @TemplateData
    public record ActiveFilter(String label, String removeHref) {
    }

    /** A numbered page; {@code gapBefore} when pages are skipped before it. */
    @TemplateData
    public record PageLink(int number, String href, boolean current, boolean gapBefore) {
    }

    @TemplateData
    public record Pagination(int page, int last, String previous, String next, List<PageLink> pages) {
    }

    @TemplateData
    public record SearchPage(String q, long total, int from, int to, List<Hit> hits, List<Facet> facets, List<ActiveFilter> active,
            Pagination pagination) {
    }

    /**
     * A contact as the visibility policy let it through: a contact whose details are
     * withheld has no name, email or phone, and the page says that one exists.
     */
    @TemplateData
    public record ContactLine(String name, String email, String phone, String role) {

        public boolean withheld() {
            return name == null && email == null && phone == null;
        }
    }

    /** A body's declared use of a record. */
    @TemplateData
    public record UsageRow(String label, String href, String installations, String versions, String status, String since,
            Phrase useCase, List<ContactLine> contacts) {
    }

    /** A labelled value of a record's facts; {@code href} is set for a web address. */
    @TemplateData
    public record Fact(String label, String value, String href) {
    }

    @TemplateData
    public record RecordPage(String kind, String kindLabel, String id, String name, Phrase description, Phrase longDescription, List<Fact> facts,
            List<Link> categories, List<String> keywords, List<ContactLine> contacts, List<UsageRow> usages, String publiccodeHref,
            String apiHref, boolean archived) {
    }

    /** A record a body uses or owns. */
    @TemplateData
    public record RecordLine(String label, String href, String kindLabel, String detail) {
    }

    @TemplateData
    public record OrganizationPage(String id, String name, String acronym, List<Fact> facts, List<UsageRow> uses,
            List<RecordLine> owns, String searchHref) {
    }

    @TemplateData
    public record CategoryPage(String id, String name, long total, List<RecordLine> records, String searchHref) {
    }

    /** One bar of a chart, its geometry computed here so that the SVG needs no style. */
    @TemplateData
    public record Bar(String label, String shortLabel, long value, int y, int width, int textY, int valueX) {
    }

    /** A bar chart and the table of the same numbers beside it. */
    @TemplateData
    public record Chart(String id, String title, String description, String valueHeader, List<Bar> bars, int height,
            List<List<String>> rows, List<String> headers) {
    }

    @TemplateData
    public record StatisticsPage(List<Figure> figures, List<Chart> charts) {
    }

    @TemplateData
    public record ErrorPage(int status, String heading, String detail) {
    }
}
