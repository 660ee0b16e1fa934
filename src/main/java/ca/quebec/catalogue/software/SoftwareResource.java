package ca.quebec.catalogue.software;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.record.RecordFilter;
import ca.quebec.catalogue.record.RecordFilters;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.record.RecordVisibility;
import ca.quebec.catalogue.usage.UsageService;
import ca.quebec.catalogue.usage.UsageView;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.Paging;

@Path("/api/v1/software")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Software", description = "Free software used by public bodies (Mesure 20)")
public class SoftwareResource {

    private final SoftwareService software;
    private final RecordFilters filters;

    public SoftwareResource(SoftwareService software, RecordFilters filters) {
        this.software = software;
        this.filters = filters;
    }

    @GET
    @Operation(summary = "List software", description = "Published software, filtered and sorted, one page at a time.")
    public RestResponse<Page<SoftwareView>> list(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "Only software in this category (a category id)") @QueryParam("category") String category,
            @Parameter(description = "Only software whose licence expression names this SPDX licence id") @QueryParam("licence") String licence,
            @Parameter(description = "Only software that this organization uses (an organization id)") @QueryParam("organization") String organization,
            @Parameter(description = ApiDoc.SORT, schema = @Schema(type = SchemaType.STRING, enumeration = { "id", "name", "-name", "usageCount", "-usageCount", "updatedAt", "-updatedAt" })) @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        RecordSort order = RecordSort.parse(sort);
        PageRequest page = PageRequest.of(limit, cursor, order.wire);
        RecordFilter filter = new RecordFilter(filters.category(category), filters.licence(licence),
                filters.organization("organization", organization), null, null, null);
        return Paging.ok(software.list(RecordVisibility.published(), filter, order, page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a software", description = "One software record, with a strong ETag.")
    public RestResponse<SoftwareView> get(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(software.get(id), headers);
    }

    @GET
    @Path("/{id}/usages")
    @Operation(summary = "List the organizations that use a software", description = "Active usage declarations, by organization id.")
    public RestResponse<Page<UsageView>> usages(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, UsageService.BY_ORGANIZATION);
        return Paging.ok(software.usages(id, page, false), uri);
    }
}
