package ca.quebec.catalogue.changes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.visibility.VisibilityPolicy;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;

/** The change log as callers read it: the feed, and each record's history. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private static final String HISTORY = "Every committed change to the record and its usages, oldest first, each as a JSON merge "
            + "patch. Personal contact details are shown to authenticated callers only.";

    private final ChangeService changes;
    private final CurrentCaller caller;

    public ChangeResource(ChangeService changes, CurrentCaller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @Path("/changes")
    @Tag(name = "Changes", description = "The change feed, for harvesters")
    @Operation(summary = "Follow the catalogue's changes", description = "Every change to software and solutions in commit order. Keep "
            + "the last seq you processed and ask again with since=<seq> to get only what is new.")
    public RestResponse<Page<ChangeView>> listChanges(
            @Parameter(description = "Only changes with a greater sequence number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("since") String since,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        long after = 0;
        if (since != null && !since.isEmpty()) {
            try {
                after = Long.parseLong(since);
            } catch (NumberFormatException e) {
                after = -1;
            }
            if (after < 0) {
                throw ProblemException.badParameter("since", "since");
            }
        }
        return Paging.ok(changes.feed(after, PageRequest.of(limit, cursor, ChangeService.SORT), policy()), uri);
    }

    @GET
    @Path("/software/{id}/history")
    @Tag(name = "Software")
    @Operation(summary = "A record's history", description = HISTORY)
    public RestResponse<Page<ChangeView>> getSoftwareHistory(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return history(RecordKind.SOFTWARE, id, limit, cursor, uri);
    }

    @GET
    @Path("/solutions/{id}/history")
    @Tag(name = "Solutions")
    @Operation(summary = "A record's history", description = HISTORY)
    public RestResponse<Page<ChangeView>> getSolutionHistory(@PathParam("id") String id,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return history(RecordKind.SOLUTION, id, limit, cursor, uri);
    }

    private RestResponse<Page<ChangeView>> history(RecordKind kind, String id, String limit, String cursor, UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, ChangeService.SORT);
        return Paging.ok(changes.history(kind, id, page, policy()), uri);
    }

    private VisibilityPolicy policy() {
        return VisibilityPolicy.of(caller.get());
    }
}
