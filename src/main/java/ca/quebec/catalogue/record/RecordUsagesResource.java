package ca.quebec.catalogue.record;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.changes.ChangeView;
import ca.quebec.catalogue.idempotency.Idempotency;
import ca.quebec.catalogue.security.CurrentCaller;
import ca.quebec.catalogue.usage.UsageInput;
import ca.quebec.catalogue.usage.UsageService;
import ca.quebec.catalogue.usage.UsageView;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.Paging;

/**
 * The endpoints that software and solutions share under their own path: a
 * record's usages (its reuse, for a solution) and its history.
 */
public abstract class RecordUsagesResource {

    protected final UsageService usages;
    protected final ChangeService changes;
    protected final CurrentCaller caller;

    protected RecordUsagesResource(UsageService usages, ChangeService changes, CurrentCaller caller) {
        this.usages = usages;
        this.changes = changes;
        this.caller = caller;
    }

    protected abstract RecordKind kind();

    /** Throws 404 unless the caller may see the record. */
    protected abstract void requireVisible(String id);

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A record's history", description = "Every committed change to the record and its usages, oldest first, "
            + "each as a JSON merge patch. Personal contact details are shown to authenticated callers only.")
    public RestResponse<Page<ChangeView>> history(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, ChangeService.SORT);
        requireVisible(id);
        return Paging.ok(changes.history(kind(), id, page, caller.get()), uri);
    }

    @GET
    @Path("/{id}/usages")
    @Operation(summary = "List the organizations that use it", description = "Active usage declarations, by organization id.")
    public RestResponse<Page<UsageView>> usages(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, UsageService.BY_ORGANIZATION);
        return Paging.ok(usages.ofRecord(kind(), id, page, caller.get()), uri);
    }

    @GET
    @Path("/{id}/usages/{organizationId}")
    @Operation(summary = "Get one organization's usage", description = "With the ETag needed to change it.")
    public RestResponse<UsageView> usage(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(usages.get(kind(), id, organizationId, caller.get()), headers);
    }

    @PUT
    @Path("/{id}/usages/{organizationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Declare that an organization uses it", description = "Creates the declaration (201), or replaces an "
            + "active one (200), which needs If-Match. Contributors declare for their own organization, curators for any.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageView.class)))
    @APIResponse(responseCode = "201", description = "Declared", headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageView.class)))
    public Response declare(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_MATCH_USAGE) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true) UsageInput input) {
        UsageInput body = input == null ? UsageInput.EMPTY : input;
        return Idempotency.answer(usages.declare(caller.get(), kind(), id, organizationId, body, ifMatch));
    }

    @DELETE
    @Path("/{id}/usages/{organizationId}")
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Withdraw a usage declaration", description = "The declaration is kept in the history, marked withdrawn.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("id") String id, @PathParam("organizationId") String organizationId,
            @Parameter(description = ApiDoc.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch) {
        usages.withdraw(caller.get(), kind(), id, organizationId, ifMatch);
        return Response.noContent().build();
    }
}
