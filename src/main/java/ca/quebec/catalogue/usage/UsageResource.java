package ca.quebec.catalogue.usage;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import ca.quebec.catalogue.idempotency.Idempotency;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;
import ca.quebec.catalogue.web.Responses;

/**
 * Every usage endpoint: a record's users (a solution's reusers), one body's
 * declarations, and whole inventories in bulk. Software and solutions each keep
 * their own paths in the contract; the methods for both are one-line twins.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    private static final String LIST = "Active usage declarations, by organization id.";
    private static final String GET = "With the ETag needed to change it.";
    private static final String DECLARE = "Creates the declaration (201), or replaces an active one (200), which needs If-Match. "
            + "Contributors declare for their own organization, curators for any.";
    private static final String WITHDRAW = "The declaration is kept in the history, marked withdrawn.";

    private final UsageService usages;
    private final BulkDeclarations bulk;
    private final BulkGate gate;
    private final CurrentCaller caller;
    private final Idempotency idempotency;

    public UsageResource(UsageService usages, BulkDeclarations bulk, BulkGate gate, CurrentCaller caller, Idempotency idempotency) {
        this.usages = usages;
        this.bulk = bulk;
        this.gate = gate;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    // ---------------------------------------------------------------- software

    @GET
    @Path("/software/{id}/usages")
    @Tag(name = "Software")
    @Operation(summary = "List the organizations that use it", description = LIST)
    public RestResponse<Page<UsageView>> listSoftwareUsages(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return list(RecordKind.SOFTWARE, id, limit, cursor, uri);
    }

    @GET
    @Path("/software/{id}/usages/{organizationId}")
    @Tag(name = "Software")
    @Operation(summary = "Get one organization's usage", description = GET)
    public RestResponse<UsageView> getSoftwareUsage(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(usages.get(RecordKind.SOFTWARE, id, organizationId, caller.get()), headers);
    }

    @PUT
    @Path("/software/{id}/usages/{organizationId}")
    @Tag(name = "Software")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Declare that an organization uses it", description = DECLARE)
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageView.class)))
    @APIResponse(responseCode = "201", description = "Declared", headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageView.class)))
    public Response declareSoftwareUsage(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_MATCH_USAGE) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true) UsageInput input) {
        return declare(RecordKind.SOFTWARE, id, organizationId, ifMatch, input);
    }

    @DELETE
    @Path("/software/{id}/usages/{organizationId}")
    @Tag(name = "Software")
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Withdraw a usage declaration", description = WITHDRAW)
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdrawSoftwareUsage(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch) {
        return withdraw(RecordKind.SOFTWARE, id, organizationId, ifMatch);
    }

    // ---------------------------------------------------------------- solutions (their reuse)

    @GET
    @Path("/solutions/{id}/usages")
    @Tag(name = "Solutions")
    @Operation(summary = "List the organizations that use it", description = LIST)
    public RestResponse<Page<UsageView>> listSolutionUsages(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return list(RecordKind.SOLUTION, id, limit, cursor, uri);
    }

    @GET
    @Path("/solutions/{id}/usages/{organizationId}")
    @Tag(name = "Solutions")
    @Operation(summary = "Get one organization's usage", description = GET)
    public RestResponse<UsageView> getSolutionUsage(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(usages.get(RecordKind.SOLUTION, id, organizationId, caller.get()), headers);
    }

    @PUT
    @Path("/solutions/{id}/usages/{organizationId}")
    @Tag(name = "Solutions")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Declare that an organization uses it", description = DECLARE)
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageView.class)))
    @APIResponse(responseCode = "201", description = "Declared", headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageView.class)))
    public Response declareSolutionUsage(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_MATCH_USAGE) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true) UsageInput input) {
        return declare(RecordKind.SOLUTION, id, organizationId, ifMatch, input);
    }

    @DELETE
    @Path("/solutions/{id}/usages/{organizationId}")
    @Tag(name = "Solutions")
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Withdraw a usage declaration", description = WITHDRAW)
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdrawSolutionUsage(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch) {
        return withdraw(RecordKind.SOLUTION, id, organizationId, ifMatch);
    }

    // ---------------------------------------------------------------- organizations

    @GET
    @Path("/organizations/{id}/usages")
    @Tag(name = "Organizations")
    @Operation(summary = "List what an organization uses", description = "Its active usage declarations of software and solutions, by record.")
    public RestResponse<Page<UsageView>> listOrganizationUsages(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, UsageRepository.BY_RECORD);
        return Paging.ok(usages.ofOrganization(id, page, caller.get()), uri);
    }

    @POST
    @Path("/organizations/{id}/usages/bulk")
    @Tag(name = "Organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Declare an organization's usages in bulk", description = "Up to 5,000 usages of software or solutions, "
            + "applied all together or not at all: when an item is invalid, nothing is written and the 422 lists every bad item by "
            + "JSON pointer (e.g. /usages/17/software). mode=replace also withdraws the organization's usages that the list omits: "
            + "the way to send a whole inventory. One bulk at a time per key (429 otherwise) and a few at a time for the service "
            + "(503 otherwise), both with Retry-After.")
    @APIResponse(responseCode = "200", description = "Applied", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkUsageResult.class)))
    @APIResponse(responseCode = "429", description = "This key already has a bulk declaration running: retry after the delay given",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "The service is applying as many bulk declarations as it takes: retry after the delay given",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response declareUsagesInBulk(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) BulkUsageRequest body,
            @Context UriInfo uri) {
        return Responses.of(gate.run(caller.get(), () -> idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath(), body,
                () -> Written.updated(bulk.apply(caller.get(), id, body), null))));
    }

    private RestResponse<Page<UsageView>> list(RecordKind kind, String id, String limit, String cursor, UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, UsageRepository.BY_ORGANIZATION);
        return Paging.ok(usages.ofRecord(kind, id, page, caller.get()), uri);
    }

    private Response declare(RecordKind kind, String id, String organizationId, String ifMatch, UsageInput input) {
        if (input == null) {
            // The contract requires a body: an empty one is not an empty declaration (a PUT must say what it puts).
            throw new ProblemException(400, "malformed-body", List.of(), List.of(Violation.of("", "body-expected-object")), null, null);
        }
        return Responses.of(usages.declare(caller.get(), kind, id, organizationId, input, ifMatch));
    }

    private Response withdraw(RecordKind kind, String id, String organizationId, String ifMatch) {
        usages.withdraw(caller.get(), kind, id, organizationId, ifMatch);
        return Response.noContent().build();
    }
}
