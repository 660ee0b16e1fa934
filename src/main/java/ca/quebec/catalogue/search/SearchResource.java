package ca.quebec.catalogue.search;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.QueryParameters;
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
    private final ObjectMapper json;

    public SearchResource(SearchService search, RecordFilters filters, OrganizationService organizations, CurrentCaller caller,
            ObjectMapper json) {
        this.search = search;
        this.filters = filters;
        this.organizations = organizations;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Path("/search")
    // The answer is sent as the bytes written once per index snapshot; the contract still describes it.
    @APIResponseSchema(value = SearchViews.Results.class, responseCode = "200", responseDescription = "OK")
    @Operation(summary = "Search the catalogue", description = "Ranked, bilingual and typo-tolerant search over published software and "
            + "solutions (and the caller's organization's submissions). Words are matched in French and English, without regard to "
            + "accents or plurals; names weigh more than keywords and categories, which weigh more than descriptions; the names "
            + "and acronyms of the bodies that use a software, or own a solution, find it. meta.facets counts each facet with the "
            + "other filters applied but not its own.")
    public RestResponse<byte[]> search(
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
            @Parameter(description = "fr or en: each hit's description in that language only (or in the other when the record has none "
                    + "in it), with that description's highlight; both languages when absent", schema = @Schema(type = SchemaType.STRING, enumeration = { "fr", "en" })) @QueryParam("lang") String lang,
            @Context UriInfo uri) {
        String language = QueryParameters.oneOf("lang", lang, LANGUAGES);
        SearchQuery query = SearchQuery.builder().q(q).kind(kind).category(filters.category(category)).licence(filters.licence(licence))
                .osiApproved(osiApproved).organization(organizations.filter("organization", organization))
                .owner(organizations.filter("owner", owner)).developmentStatus(developmentStatus).platform(platform)
                .visibility(VisibilityPolicy.of(caller.get())).sort(sort).limit(limit).cursor(cursor).build();
        // Everything the bytes depend on besides the snapshot: the query as sent (its links repeat it), whom it is for.
        Written answer = search.writtenOnce(new WrittenKey(uri.getRequestUri().toString(), query.visibility().searchClass()), () -> {
            SearchService.Page page = search.search(query);
            Page.Links links = Paging.links(uri, page.next());
            List<SearchViews.Hit> hits = language == null ? page.hits() : page.hits().stream().map(h -> h.inLanguage(language)).toList();
            return new Written(write(new SearchViews.Results(hits, new SearchViews.Meta(page.total(), page.facets()), links)),
                    Paging.linkHeader(links));
        }, Written::bytes);
        return RestResponse.ResponseBuilder.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE).header("Link", answer.link()).build();
    }

    private static final List<String> LANGUAGES = List.of("fr", "en");

    private record WrittenKey(String request, String visibility) {
    }

    /** A search answer as sent: its JSON and its Link header. */
    private record Written(byte[] json, String link) {
        int bytes() {
            return 64 + json.length + 2 * link.length();
        }
    }

    private byte[] write(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a search answer could not be written as JSON", e);
        }
    }

    @GET
    @Path("/suggest")
    @APIResponseSchema(value = SearchViews.Suggestions.class, responseCode = "200", responseDescription = "OK")
    @Operation(summary = "Complete what is being typed", description = "At most 10 completions for a search box: software and solutions "
            + "by name or alias, public bodies by name or acronym, categories by their French or English label.")
    public RestResponse<byte[]> suggest(
            @Parameter(description = "The beginning typed so far", allowEmptyValue = true) @QueryParam("q") String q,
            @Parameter(description = "How many, 1 to 10 (default 10)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10", defaultValue = "10")) @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // 1 to 10, as the contract says: a larger limit is refused like any out-of-range limit, not quietly cut.
        int max = limit == null || limit.isEmpty() ? SearchService.SUGGEST_MAX : PageRequest.parseLimit(limit, SearchService.SUGGEST_MAX);
        Caller asking = caller.get();
        Written answer = search.writtenOnce(new WrittenKey(uri.getRequestUri().toString(), VisibilityPolicy.of(asking).searchClass()),
                () -> new Written(write(new SearchViews.Suggestions(search.suggest(q, max, asking))), ""), Written::bytes);
        return RestResponse.ResponseBuilder.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
