package ca.quebec.catalogue.moderation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.software.SoftwareView;
import ca.quebec.catalogue.solution.SolutionView;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Responses;

/**
 * The curators' decisions, once for software and solutions: the collection in
 * the path ({@code software} or {@code solutions}) says which kind of record.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
// The optional body is JSON: any other type is refused (415), not read as no reason at all.
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation", description = "The curators' decisions on submitted and published records")
@SecurityRequirement(name = ApiDoc.SECURITY)
public class ModerationResource {

    private final ModerationService moderation;
    private final CurrentCaller caller;

    public ModerationResource(ModerationService moderation, CurrentCaller caller) {
        this.moderation = moderation;
        this.caller = caller;
    }

    @POST
    @Path("{collection: software|solutions}/{id}/approve")
    @Operation(summary = "Approve a submitted record (curators)", description = "It is published.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(anyOf = { SoftwareView.class, SolutionView.class })))
    @APIResponse(responseCode = "409", description = "The record is not awaiting moderation", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response approveRecord(@Parameter(description = COLLECTION, schema = @Schema(type = SchemaType.STRING, enumeration = { "software", "solutions" })) @PathParam("collection") String collection,
            @PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = false) ModerationRequest request) {
        return decide(collection, id, Moderation.APPROVE, request, ifMatch);
    }

    @POST
    @Path("{collection: software|solutions}/{id}/reject")
    @Operation(summary = "Reject a submitted record, with a reason (curators)", description = "It stays readable by its organization and curators, with the reason.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(anyOf = { SoftwareView.class, SolutionView.class })))
    @APIResponse(responseCode = "409", description = "The record is not awaiting moderation", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response rejectRecord(@Parameter(description = COLLECTION, schema = @Schema(type = SchemaType.STRING, enumeration = { "software", "solutions" })) @PathParam("collection") String collection,
            @PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = false) ModerationRequest request) {
        return decide(collection, id, Moderation.REJECT, request, ifMatch);
    }

    @POST
    @Path("{collection: software|solutions}/{id}/archive")
    @Operation(summary = "Archive a published record, with a reason (curators)", description = "It stays readable, with its status and reason, and leaves the lists.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(anyOf = { SoftwareView.class, SolutionView.class })))
    @APIResponse(responseCode = "409", description = "The record is not published", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response archiveRecord(@Parameter(description = COLLECTION, schema = @Schema(type = SchemaType.STRING, enumeration = { "software", "solutions" })) @PathParam("collection") String collection,
            @PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = false) ModerationRequest request) {
        return decide(collection, id, Moderation.ARCHIVE, request, ifMatch);
    }

    private static final String COLLECTION = "software or solutions: the kind of record";

    private Response decide(String collection, String id, Moderation decision, ModerationRequest request, String ifMatch) {
        return Responses.of(moderation.decide(caller.get(), RecordKind.ofCollection(collection), id, decision,
                request == null ? null : request.reason(), ifMatch));
    }
}
