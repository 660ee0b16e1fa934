package ca.quebec.catalogue.organization;

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

import ca.quebec.catalogue.usage.UsageService;
import ca.quebec.catalogue.usage.UsageView;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.Paging;
import ca.quebec.catalogue.web.QueryParameters;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Public bodies")
public class OrganizationResource {

    private final OrganizationService organizations;
    private final UsageService usages;

    public OrganizationResource(OrganizationService organizations, UsageService usages) {
        this.organizations = organizations;
        this.usages = usages;
    }

    @GET
    @Operation(summary = "List organizations", description = "Public bodies, by id.")
    public RestResponse<Page<OrganizationView>> list(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "Only organizations of this type", schema = @Schema(type = SchemaType.STRING, enumeration = { "ministry", "budgetary-body", "non-budgetary-body", "government-enterprise", "health-network", "education-network", "municipality", "other-government", "other" })) @QueryParam("type") String type,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, OrganizationService.SORT);
        return Paging.ok(organizations.list(QueryParameters.oneOf("type", type, OrganizationType.WIRE_NAMES), page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organization")
    public RestResponse<OrganizationView> get(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(organizations.get(id), headers);
    }

    @GET
    @Path("/{id}/usages")
    @Operation(summary = "List what an organization uses", description = "Its active usage declarations of software and solutions, by record.")
    public RestResponse<Page<UsageView>> usages(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, UsageService.BY_RECORD);
        return Paging.ok(usages.ofOrganization(id, page, false), uri);
    }
}
