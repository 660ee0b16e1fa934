package ca.quebec.catalogue.security;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;

@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "API keys (admins only)")
@SecurityRequirement(name = ApiDoc.SECURITY)
public class AdminResource {

    private final ApiKeyService keys;
    private final CurrentCaller caller;

    public AdminResource(ApiKeyService keys, CurrentCaller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key", description = "The answer holds the key's secret: it is shown this once and stored only as a hash.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    public RestResponse<ApiKeyView> issueApiKey(ApiKeyRequest request) {
        Written<ApiKeyView> issued = keys.issue(caller.get(), request == null ? new ApiKeyRequest(null, null, null) : request);
        return RestResponse.ResponseBuilder.<ApiKeyView> create(RestResponse.Status.CREATED).entity(issued.body())
                .header("Location", issued.location()).header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(summary = "List API keys", description = "Every key ever issued, revoked ones included, without secrets.")
    public RestResponse<Page<ApiKeyView>> listApiKeys(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return Paging.ok(keys.list(caller.get(), PageRequest.of(limit, cursor, ApiKeyService.SORT)), uri);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "The key stops working at once; it stays listed with its revocation time.")
    public ApiKeyView revokeApiKey(@PathParam("id") String id) {
        return keys.revoke(caller.get(), id);
    }
}
