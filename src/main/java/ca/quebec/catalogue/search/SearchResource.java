package ca.quebec.catalogue.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.record.Platform;
import ca.quebec.catalogue.record.RecordFilters;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.solution.DevelopmentStatus;
import ca.quebec.catalogue.visibility.VisibilityPolicy;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One search over software and solutions")
public class SearchResource {

    private final SearchService search;
    private final RecordFilters filters;
    private final OrganizationService organizations;
    private final CurrentCaller caller;

    public SearchResource(SearchService search, RecordFilters filters, OrganizationService organizations, CurrentCaller caller) {
        this.search = search;
        this.filters = filters;
        this.organizations = organizations;
        this.caller = caller;
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search the catalogue", description = "Ranked, bilingual and typo-tolerant search over published software and "
            + "solutions (and the caller's organization's submissions). Words are matched in French and English, without regard to "
            + "accents or plurals; names weigh more than keywords and categories, which weigh more than descriptions; the names "
            + "and acronyms of the bodies that use a software, or own a solution, find it. meta.facets counts each facet with the "
            + "other filters applied but not its own.")
    public RestResponse<SearchViews.Results> search(
            @Parameter(description = "Free text; empty lists everything", allowEmptyValue = true) @QueryParam("q") String q,
            @Parameter(description = "software or solution", schema = @Schema(type = SchemaType.STRING, implementation = RecordKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "A category id") @QueryParam("category") String category,
            @Parameter(description = "An SPDX licence id that the licence expression names") @QueryParam("licence") String licence,
            @Parameter(description = "Only records whose licence is (true) or is not (false) OSI-approved", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("osiApproved") String osiApproved,
            @Parameter(description = "Only records this organization uses") @QueryParam("organization") String organization,
            @Parameter(description = "Only solutions this organization owns") @QueryParam("owner") String owner,
            @Parameter(description = "Only solutions in this development status", schema = @Schema(type = SchemaType.STRING, implementation = DevelopmentStatus.class)) @QueryParam("developmentStatus") String developmentStatus,
            @Parameter(description = "Only records that run there", schema = @Schema(implementation = Platform.class)) @QueryParam("platform") String platform,
            @Parameter(description = "relevance (default with text), name (default without), usageCount, updatedAt; a leading minus sorts descending", schema = @Schema(type = SchemaType.STRING, enumeration = { "relevance", "name", "-name", "usageCount", "-usageCount", "updatedAt", "-updatedAt" })) @QueryParam("sort") String sort,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        SearchQuery query = SearchQuery.builder().q(q).kind(kind).category(filters.category(category)).licence(filters.licence(licence))
                .osiApproved(osiApproved).organization(organizations.filter("organization", organization))
                .owner(organizations.filter("owner", owner)).developmentStatus(developmentStatus).platform(platform)
                .visibility(VisibilityPolicy.of(caller.get())).sort(sort).limit(limit).cursor(cursor).build();
        SearchService.Page page = search.search(query);
        Page.Links links = Paging.links(uri, page.next());
        return RestResponse.ResponseBuilder.ok(new SearchViews.Results(page.hits(), new SearchViews.Meta(page.total(), page.facets()), links))
                .header("Link", Paging.linkHeader(links)).build();
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Complete what is being typed", description = "At most 10 completions for a search box: software and solutions "
            + "by name or alias, public bodies by name or acronym, categories by their French or English label.")
    public SearchViews.Suggestions suggest(
            @Parameter(description = "The beginning typed so far", allowEmptyValue = true) @QueryParam("q") String q,
            @Parameter(description = "How many, 1 to 10 (default 10)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10", defaultValue = "10")) @QueryParam("limit") String limit) {
        // 1 to 10, as the contract says: a larger limit is refused like any out-of-range limit, not quietly cut.
        int max = limit == null || limit.isEmpty() ? SearchService.SUGGEST_MAX : PageRequest.parseLimit(limit, SearchService.SUGGEST_MAX);
        return new SearchViews.Suggestions(search.suggest(q, max, caller.get()));
    }
}
