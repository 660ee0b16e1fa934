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
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.QueryParameters;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;
import ca.quebec.catalogue.web.Responses;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Public bodies")
public class OrganizationResource {

    private final OrganizationService organizations;
    private final CurrentCaller caller;
    private final Idempotency idempotency;

    public OrganizationResource(OrganizationService organizations, CurrentCaller caller, Idempotency idempotency) {
        this.organizations = organizations;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Path("organizations")
    @Operation(summary = "List organizations", description = "Public bodies, by id.")
    public RestResponse<Page<OrganizationView>> listOrganizations(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "Only organizations of this type", schema = @Schema(type = SchemaType.STRING, implementation = OrganizationType.class)) @QueryParam("type") String type,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, OrganizationService.SORT);
        return Paging.ok(organizations.list(QueryParameters.oneOf("type", type, OrganizationType.class), page), uri);
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "Get an organization")
    public RestResponse<OrganizationView> getOrganization(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(organizations.get(id), headers);
    }

    @POST
    @Path("organizations")
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
    public Response registerOrganization(
            @Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) OrganizationInput input, @Context UriInfo uri) {
        OrganizationInput body = input == null ? new OrganizationInput(null, null, null, null, null, null, null) : input;
        return Responses.of(idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath(), body, () -> organizations.create(caller.get(), body)));
    }

    @PATCH
    @Path("organizations/{id}")
    @Consumes(ApiDoc.MERGE_PATCH)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Edit a public body (admins)", description = "An RFC 7396 JSON merge patch of the fields of OrganizationInput "
            + "other than id (null removes a value), with If-Match.")
    @APIResponse(responseCode = "200", description = "Edited", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response patchOrganization(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = ApiDoc.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT, description = ApiDoc.MERGE_PATCH_BODY))) JsonNode patch) {
        return Responses.of(organizations.patch(caller.get(), id, patch, ifMatch));
    }
}
