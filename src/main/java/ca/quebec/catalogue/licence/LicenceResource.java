package ca.quebec.catalogue.licence;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.QueryParameters;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;

@Path("/api/v1/licences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licences", description = "The SPDX License List bundled with the service")
public class LicenceResource {

    private final LicenceService licences;

    public LicenceResource(LicenceService licences) {
        this.licences = licences;
    }

    @GET
    @Operation(summary = "List SPDX licences", description = "The bundled SPDX License List, by id, with how many published records use each licence.")
    public RestResponse<Page<LicenceListEntryView>> listLicences(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "true: only licences that published records use; false: only the others", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("used") String used,
            @Parameter(description = "Only licences the OSI approves (true) or does not (false)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("osiApproved") String osiApproved,
            @Parameter(description = "Only licences the FSF lists as free (true) or does not (false)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("fsfLibre") String fsfLibre,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor, LicenceService.SORT);
        return Paging.ok(licences.list(page, QueryParameters.bool("used", used), QueryParameters.bool("osiApproved", osiApproved), QueryParameters.bool("fsfLibre", fsfLibre)), uri);
    }

    @GET
    @Path("/{spdxId}")
    @Operation(summary = "Get an SPDX licence", description = "Ids are matched without regard to case, as SPDX specifies.")
    public RestResponse<LicenceListEntryView> getLicence(@PathParam("spdxId") String id,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(licences.get(id), headers);
    }
}
