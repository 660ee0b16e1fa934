package ca.quebec.catalogue.inventory;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.idempotency.Idempotency;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.QueryParameters;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.usage.BulkMode;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Responses;

/**
 * An organization's inventory as its tools export it, in: what each line names
 * comes out, with the bulk declaration of the lines matched, and nothing is
 * written until the organization confirms.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class InventoryResource {

    private static final String PROPOSE = "Reads an inventory (CSV: a name column, and optionally version and count columns; "
            + "comma, semicolon or tab separated; UTF-8 with or without BOM, or Windows-1252 as Excel writes it) and answers, "
            + "for each line, the verdict (match: safe to declare; ambiguous: a person chooses; none: the catalogue holds "
            + "nothing it names), the record matched and the alternatives, the version read; and the bulk body that declares "
            + "the matched lines. Nothing is written, unless apply=merge or apply=replace, which applies exactly the matched "
            + "lines through the bulk declaration path (all or nothing; replace also withdraws the organization's other usages). "
            + "Up to 50,000 lines and 8 MiB.";
    private static final String APPLY = "merge or replace: declare the matched lines now (as POST /organizations/{id}/usages/bulk "
            + "would), instead of only proposing";

    private final InventoryService inventory;
    private final CurrentCaller caller;
    private final Idempotency idempotency;
    private final ObjectMapper json;

    public InventoryResource(InventoryService inventory, CurrentCaller caller, Idempotency idempotency, ObjectMapper json) {
        this.inventory = inventory;
        this.caller = caller;
        this.idempotency = idempotency;
        this.json = json;
    }

    /*
     * One method for both media types, not one per type: the REST layer checks Accept before
     * running a method only when no two methods share the path and verb. With one per type, a
     * request whose Accept the answer cannot meet ran (applied, with apply=) and was then
     * answered 406, as if refused.
     */
    @POST
    @Path("/organizations/{id}/inventory")
    @Consumes({ "text/csv", MediaType.APPLICATION_JSON })
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Reconcile an inventory, as a file (CSV) or as JSON", description = PROPOSE)
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = 8388608)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InventoryViews.Request.class)) })
    @APIResponse(responseCode = "200", description = "The proposal (and what was applied, when asked)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InventoryViews.Proposal.class)))
    @APIResponse(responseCode = "429", description = "This key already has a bulk declaration running (apply)",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public InventoryViews.Proposal reconcileInventory(@PathParam("id") String id,
            @Parameter(description = APPLY, schema = @Schema(type = SchemaType.STRING, implementation = BulkMode.class)) @QueryParam("apply") String apply,
            @Context HttpHeaders headers, byte[] body) throws IOException {
        BulkMode mode = QueryParameters.oneOf("apply", apply, BulkMode.class);
        byte[] bytes = body == null ? new byte[0] : body;
        if (headers.getMediaType() == null) {
            // The REST layer lets a body without a type through to a method that takes two; the
            // contract names both, so a body that names neither is refused like any other type.
            throw new ProblemException(415, "unsupported-media-type", "null");
        }
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())) {
            return inventory.propose(caller.get(), id, InventoryFile.read(bytes), mode);
        }
        // Read as the REST layer reads every JSON body (JsonStrictness), and refused alike.
        InventoryViews.Request request = bytes.length == 0 ? null : json.readValue(bytes, InventoryViews.Request.class);
        if (request == null) {
            throw new ProblemException(400, "malformed-body", List.of(), List.of(Violation.of("", "body-expected-object")), null, null);
        }
        return inventory.propose(caller.get(), id, inventory.checked(request).lines(), mode);
    }

    @POST
    @Path("/organizations/{id}/inventory/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Submit the software an inventory names that the catalogue does not hold", description = "Each line "
            + "(as the inventory has it) whose verdict is none becomes a software submission, one per distinct name, for a "
            + "curator to describe and publish; all or none. A line that names a record, or may, is refused: declare it instead.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InventoryViews.Submissions.class)))
    @APIResponse(responseCode = "409", description = "A submission of that name exists already",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response submitInventorySoftware(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) InventoryViews.SubmissionRequest body, @Context UriInfo uri) {
        InventoryViews.SubmissionRequest request = inventory.checked(body);
        return Responses.of(idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath(), request,
                () -> Written.updated(inventory.submit(caller.get(), id, request.lines()), null)));
    }
}
