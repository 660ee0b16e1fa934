package ca.quebec.catalogue.portal;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.solution.DevelopmentStatus;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.CurrentCaller;

/**
 * The portal's pages, in French at the root and in English under {@code /en/}:
 * home, search, a software, a solution, a body, a category, the figures, and the
 * site map. Each reads the services the API reads, as the caller may see it.
 */
@Path("/")
@Produces(ApiDoc.HTML)
@Tag(name = ApiDoc.PORTAL, description = "The portal: bilingual HTML pages for people (French at /, English at /en/), usable without JavaScript")
public class PortalResource {

    private static final String PAGE = "The page, in HTML";
    private static final String Q = "Words to look for (at most 200 characters); empty lists everything";
    private static final String PAGE_NUMBER = "Page of results, from 1 (20 results a page)";

    private final PortalContent content;
    private final SearchPages searches;
    private final StatisticsPages statistics;
    private final Frames renderer;
    private final CurrentCaller caller;

    public PortalResource(PortalContent content, SearchPages searches, StatisticsPages statistics, Frames renderer, CurrentCaller caller) {
        this.content = content;
        this.searches = searches;
        this.statistics = statistics;
        this.renderer = renderer;
        this.caller = caller;
    }

    // ---------------------------------------------------------------------------------------------
    // Home
    // ---------------------------------------------------------------------------------------------

    @GET
    @Operation(summary = "Home page (French)", description = "A search box, the main categories and a few figures.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalHome(@Context UriInfo uri) {
        return home(Language.FR, uri);
    }

    @GET
    @Path("en/")
    @Operation(summary = "Home page (English)", description = "A search box, the main categories and a few figures.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalHomeEn(@Context UriInfo uri) {
        return home(Language.EN, uri);
    }

    private String home(Language lang, UriInfo uri) {
        Frame frame = renderer.frame(lang, PortalContent.text(lang, "home.title"), lang.home(), lang.other().home(), "home", uri);
        return Pages.home(frame, content.home(lang)).render();
    }

    // ---------------------------------------------------------------------------------------------
    // Search
    // ---------------------------------------------------------------------------------------------

    @GET
    @Path("recherche")
    @Operation(summary = "Search page (French)", description = "Ranked results with the matched words marked, facets as links and as "
            + "checkboxes of a GET form, the number of results and numbered pages: all without JavaScript. A facet takes one value.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalSearch(
            @Parameter(description = Q, allowEmptyValue = true) @QueryParam("q") String q,
            @Parameter(description = "software or solution", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING, implementation = RecordKind.class)) @QueryParam("kind") List<String> kind,
            @Parameter(description = "A category id", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING)) @QueryParam("category") List<String> category,
            @Parameter(description = "An SPDX licence id", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING)) @QueryParam("licence") List<String> licence,
            @Parameter(description = "A public body that uses the records (its id)", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING)) @QueryParam("organization") List<String> organization,
            @Parameter(description = "A solution's development status", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING, implementation = DevelopmentStatus.class)) @QueryParam("developmentStatus") List<String> developmentStatus,
            @Parameter(description = PAGE_NUMBER, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Context UriInfo uri) {
        return search(Language.FR, uri);
    }

    @GET
    @Path("en/search")
    @Operation(summary = "Search page (English)", description = "Ranked results with the matched words marked, facets as links and as "
            + "checkboxes of a GET form, the number of results and numbered pages: all without JavaScript. A facet takes one value.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalSearchEn(
            @Parameter(description = Q, allowEmptyValue = true) @QueryParam("q") String q,
            @Parameter(description = "software or solution", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING, implementation = RecordKind.class)) @QueryParam("kind") List<String> kind,
            @Parameter(description = "A category id", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING)) @QueryParam("category") List<String> category,
            @Parameter(description = "An SPDX licence id", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING)) @QueryParam("licence") List<String> licence,
            @Parameter(description = "A public body that uses the records (its id)", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING)) @QueryParam("organization") List<String> organization,
            @Parameter(description = "A solution's development status", allowEmptyValue = true, schema = @Schema(type = SchemaType.STRING, implementation = DevelopmentStatus.class)) @QueryParam("developmentStatus") List<String> developmentStatus,
            @Parameter(description = PAGE_NUMBER, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Context UriInfo uri) {
        return search(Language.EN, uri);
    }

    /** The parameters above are the contract's (and what KnownParameters accepts); their values are read from the raw query. */
    private String search(Language lang, UriInfo uri) {
        // A form submitted by a browser writes a space as "+": the REST layer keeps it, so the query is read again here.
        Map<String, List<String>> sent = FormQuery.read(uri.getRequestUri().getRawQuery());
        SearchPages.Form form = SearchPages.Form.of(FormQuery.first(sent, "q"), sent, FormQuery.first(sent, "page"));
        Caller asking = caller.get();
        return searches.rendered(lang, uri.getRequestUri().toString(), asking, () -> {
            Contents.SearchPage results = searches.page(lang, form, asking);
            String title = form.q().isEmpty() ? PortalContent.text(lang, "search.title")
                    : Messages.get(lang.locale, "portal.search.title-for", form.q());
            // The canonical address keeps the query: each search is its own page.
            String query = uri.getRequestUri().getRawQuery();
            String suffix = query == null ? "" : "?" + query;
            Frame frame = renderer.frame(lang, title, lang.search() + suffix, lang.other().search() + suffix, "search", uri);
            return Pages.search(frame, results).render();
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Records, bodies, categories
    // ---------------------------------------------------------------------------------------------

    @GET
    @Path("logiciels/{id}")
    @Operation(summary = "A software's page (French)", description = "What it is for, its licence (OSI, FSF), homepage and repository, "
            + "categories, and the bodies that use it with installations, versions, status and since when.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalSoftware(@PathParam("id") String id, @Context UriInfo uri) {
        return software(Language.FR, id, uri);
    }

    @GET
    @Path("en/software/{id}")
    @Operation(summary = "A software's page (English)", description = "What it is for, its licence (OSI, FSF), homepage and repository, "
            + "categories, and the bodies that use it with installations, versions, status and since when.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalSoftwareEn(@PathParam("id") String id, @Context UriInfo uri) {
        return software(Language.EN, id, uri);
    }

    private String software(Language lang, String id, UriInfo uri) {
        Contents.RecordPage page = content.software(lang, id, caller.get());
        return Pages.record(renderer.frame(lang, page.name(), lang.software(id), lang.other().software(id), "search", uri), page).render();
    }

    @GET
    @Path("solutions/{id}")
    @Operation(summary = "A solution's page (French)", description = "Owner, maturity, maintenance, the reuse contacts the caller may "
            + "see, who reuses it, and its publiccode.yml.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalSolution(@PathParam("id") String id, @Context UriInfo uri) {
        return solution(Language.FR, id, uri);
    }

    @GET
    @Path("en/solutions/{id}")
    @Operation(summary = "A solution's page (English)", description = "Owner, maturity, maintenance, the reuse contacts the caller may "
            + "see, who reuses it, and its publiccode.yml.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalSolutionEn(@PathParam("id") String id, @Context UriInfo uri) {
        return solution(Language.EN, id, uri);
    }

    private String solution(Language lang, String id, UriInfo uri) {
        Contents.RecordPage page = content.solution(lang, id, caller.get());
        return Pages.record(renderer.frame(lang, page.name(), lang.solution(id), lang.other().solution(id), "search", uri), page).render();
    }

    @GET
    @Path("organismes/{id}")
    @Operation(summary = "A public body's page (French)", description = "What the body uses and the solutions it owns.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalOrganization(@PathParam("id") String id, @Context UriInfo uri) {
        return organization(Language.FR, id, uri);
    }

    @GET
    @Path("en/organizations/{id}")
    @Operation(summary = "A public body's page (English)", description = "What the body uses and the solutions it owns.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalOrganizationEn(@PathParam("id") String id, @Context UriInfo uri) {
        return organization(Language.EN, id, uri);
    }

    private String organization(Language lang, String id, UriInfo uri) {
        Contents.OrganizationPage page = content.organization(lang, id, caller.get());
        return Pages.organization(renderer.frame(lang, page.name(), lang.organization(id), lang.other().organization(id), "search", uri),
                page).render();
    }

    @GET
    @Path("categories/{id}")
    @Operation(summary = "A category's page (French)", description = "The published records of the category, the most used first.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalCategory(@PathParam("id") String id, @Context UriInfo uri) {
        return category(Language.FR, id, uri);
    }

    @GET
    @Path("en/categories/{id}")
    @Operation(summary = "A category's page (English)", description = "The published records of the category, the most used first.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalCategoryEn(@PathParam("id") String id, @Context UriInfo uri) {
        return category(Language.EN, id, uri);
    }

    private String category(Language lang, String id, UriInfo uri) {
        Contents.CategoryPage page = content.category(lang, id, caller.get());
        return Pages.category(renderer.frame(lang, page.name(), lang.category(id), lang.other().category(id), "search", uri), page).render();
    }

    // ---------------------------------------------------------------------------------------------
    // Figures and site map
    // ---------------------------------------------------------------------------------------------

    @GET
    @Path("statistiques")
    @Operation(summary = "Statistics page (French)", description = "The figures of /api/v1/statistics as SVG bar charts, each beside a "
            + "table of the same numbers.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalStatistics(@Context UriInfo uri) {
        return statistics(Language.FR, uri);
    }

    @GET
    @Path("en/statistics")
    @Operation(summary = "Statistics page (English)", description = "The figures of /api/v1/statistics as SVG bar charts, each beside a "
            + "table of the same numbers.")
    @APIResponse(responseCode = "200", description = PAGE, content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String portalStatisticsEn(@Context UriInfo uri) {
        return statistics(Language.EN, uri);
    }

    private String statistics(Language lang, UriInfo uri) {
        Frame frame = renderer.frame(lang, PortalContent.text(lang, "statistics.title"), lang.statistics(), lang.other().statistics(),
                "statistics", uri);
        return Pages.statistics(frame, statistics.page(lang)).render();
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    @Operation(summary = "Site map", description = "Every public page of the portal (what an anonymous visitor may read), each with its "
            + "twin in the other language (sitemaps.org, with xhtml:link alternates).")
    @APIResponse(responseCode = "200", description = "The site map", content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public String portalSitemap(@Context UriInfo uri) {
        return Sitemap.write(renderer.base(uri), content.publicPages());
    }
}
