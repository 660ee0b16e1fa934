package ca.quebec.catalogue.changes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import ca.quebec.catalogue.security.CurrentCaller;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.Paging;
import ca.quebec.catalogue.web.ProblemException;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "The change feed, for harvesters")
public class ChangeResource {

    private final ChangeService changes;
    private final CurrentCaller caller;

    public ChangeResource(ChangeService changes, CurrentCaller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Follow the catalogue's changes", description = "Every change to software and solutions in commit order. Keep "
            + "the last seq you processed and ask again with since=<seq> to get only what is new.")
    public RestResponse<Page<ChangeView>> feed(
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
        return Paging.ok(changes.feed(after, PageRequest.of(limit, cursor, ChangeService.SORT), caller.get()), uri);
    }
}
