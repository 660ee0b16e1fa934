package ca.quebec.catalogue.reconciliation;

import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.record.RecordKind;

/**
 * The W3C Reconciliation Service API, version 0.2 (what OpenRefine speaks):
 * {@code GET /api/v1/reconcile} is the manifest; with {@code queries}, or a form
 * {@code POST} of it, a batch of queries is answered with the candidates of each.
 * Public: only published records are candidates.
 */
@Path("/api/v1/reconcile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliation", description = "Raw names (an inventory's, a spreadsheet's) to catalogue records: W3C Reconciliation Service API 0.2")
public class ReconcileResource {

    private static final String QUERIES = "A reconciliation query batch, JSON: {\"q0\": {\"query\": \"7-Zip 19.00 (x64)\", "
            + "\"type\": \"software\", \"limit\": 3}, …}; at most " + ReconciliationService.BATCH_MAX + " queries";

    private final ReconciliationService reconciliation;

    public ReconcileResource(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** A batch of results: each query's key, with its candidates. */
    @Schema(name = "ReconciliationResultBatch", type = SchemaType.OBJECT, additionalProperties = ReconciliationViews.Result.class)
    static final class ResultBatch {
    }

    @GET
    @Operation(summary = "The service manifest, or the answer to a batch of queries", description = "Without parameters: the "
            + "manifest (versions, identifier space, default types, view template, batch size). With queries: the candidates of "
            + "each query, best first; match is true when the first candidate is safe to take without a human's check.")
    @APIResponse(responseCode = "200", description = "The manifest, or the result batch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = { ReconciliationViews.Manifest.class, ResultBatch.class })))
    public Object reconcileWithGet(@Parameter(description = QUERIES) @QueryParam("queries") String queries, @Context UriInfo uri) {
        if (queries == null) {
            return reconciliation.manifest(uri.getBaseUri().toString());
        }
        return reconciliation.reconcile(queries);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Answer a batch of queries", description = "The primary way: a form with one field, queries.")
    @APIResponse(responseCode = "200", description = "The result batch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultBatch.class)))
    public Map<String, ReconciliationViews.Result> reconcileWithPost(
            @Parameter(description = QUERIES, required = true) @FormParam("queries") String queries) {
        if (queries == null) {
            throw ProblemException.badParameter("queries", "required");
        }
        return reconciliation.reconcile(queries);
    }

    @GET
    @Path("/records/{id}")
    @Operation(summary = "Where a reconciled id leads", description = "The manifest's view template: a 303 to the record (software:gimp → /api/v1/software/gimp).")
    @APIResponse(responseCode = "303", description = "The record is there", headers = @Header(name = "Location", required = true,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No published record has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response viewRecord(@Parameter(description = "kind:id, as the candidates give it") @PathParam("id") String id) {
        RecordKind.Located located = reconciliation.locate(id);
        if (located == null) {
            throw new ProblemException(404, "no-such-path", "/api/v1/reconcile/records/" + id);
        }
        return Response.seeOther(URI.create(located.path())).build();
    }
}
