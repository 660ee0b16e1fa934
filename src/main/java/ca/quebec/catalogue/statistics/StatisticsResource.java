package ca.quebec.catalogue.statistics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures on the public catalogue")
public class StatisticsResource {

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Figures on the catalogue", description = "Totals; published software and solutions by category, by licence "
            + "(with the share whose licence OSI approves or the FSF lists as free) and by kind of public body; the 20 most used "
            + "software; the solutions that bodies other than their owner reuse; usage declarations per month. What an anonymous "
            + "caller may read, the same for every caller. Computed once per position of the change log: the strong ETag moves "
            + "only when the catalogue changes.")
    public RestResponse<StatisticsView> getStatistics(
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(statistics.current(), headers);
    }
}
