package ca.quebec.catalogue.organization;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import ca.quebec.catalogue.idempotency.Idempotency;
import ca.quebec.catalogue.security.CurrentCaller;
import ca.quebec.catalogue.usage.BulkUsageRequest;
import ca.quebec.catalogue.usage.BulkUsageResult;

import ca.quebec.catalogue.usage.UsageService;
import ca.quebec.catalogue.usage.UsageView;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.Paging;
import ca.quebec.catalogue.web.QueryParameters;
import ca.quebec.catalogue.web.Written;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Public bodies")
public class OrganizationResource {

    private final OrganizationService organizations;
    private final UsageService usages;
    private final CurrentCaller caller;
    private final Idempotency idempotency;

    public OrganizationResource(OrganizationService organizations, UsageService usages, CurrentCaller caller, Idempotency idempotency) {
        this.organizations = organizations;
        this.usages = usages;
        this.caller = caller;
        this.idempotency = idempotency;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Register a public body (admins)", description = "A new body, with a stable id that never changes. Nothing is "
            + "ever deleted: a body that ceases to exist keeps its record and history, and its successor lists its former names "
            + "among its aliases. Search picks up new and renamed bodies within seconds.")
    @APIResponse(responseCode = "201", description = "Registered", headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "An organization with this id exists (see existing)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) OrganizationInput input, @Context UriInfo uri) {
        OrganizationInput body = input == null ? new OrganizationInput(null, null, null, null, null, null, null) : input;
        return idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath(), body, () -> organizations.create(caller.get(), body));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(ApiDoc.MERGE_PATCH)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Edit a public body (admins)", description = "An RFC 7396 JSON merge patch of the fields of OrganizationInput "
            + "other than id (null removes a value), with If-Match.")
    @APIResponse(responseCode = "200", description = "Edited", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response patch(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = ApiDoc.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT, description = ApiDoc.MERGE_PATCH_BODY))) JsonNode patch) {
        return Idempotency.answer(organizations.patch(caller.get(), id, patch, ifMatch));
    }

    @POST
    @Path("/{id}/usages/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Declare an organization's usages in bulk", description = "Up to 5,000 usages of software or solutions, "
            + "applied all together or not at all: when an item is invalid, nothing is written and the 422 lists every bad item by "
            + "JSON pointer (e.g. /usages/17/software). mode=replace also withdraws the organization's usages that the list omits: "
            + "the way to send a whole inventory.")
    @APIResponse(responseCode = "200", description = "Applied", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkUsageResult.class)))
    public Response bulk(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkUsageRequest.class))) JsonNode body,
            @Context UriInfo uri) {
        return idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath(), body,
                () -> Written.updated(usages.bulk(caller.get(), id, body), null));
    }

    @GET
    @Path("/{id}/usages")
    @Operation(summary = "List what an organization uses", description = "Its active usage declarations of software and solutions, by record.")
    public RestResponse<Page<UsageView>> usages(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, UsageService.BY_RECORD);
        return Paging.ok(usages.ofOrganization(id, page, caller.get().authenticated()), uri);
    }
}
