package ca.quebec.catalogue.software;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import ca.quebec.catalogue.idempotency.Idempotency;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.record.RecordFilters;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.usage.UsageRepository;
import ca.quebec.catalogue.visibility.RecordStatus;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;
import ca.quebec.catalogue.web.Responses;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Software", description = "Free software used by public bodies (Mesure 20)")
public class SoftwareResource {

    private final SoftwareService software;
    private final RecordFilters filters;
    private final OrganizationService organizations;
    private final CurrentCaller caller;
    private final Idempotency idempotency;

    public SoftwareResource(SoftwareService software, RecordFilters filters, OrganizationService organizations, CurrentCaller caller,
            Idempotency idempotency) {
        this.software = software;
        this.filters = filters;
        this.organizations = organizations;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Path("software")
    @Operation(summary = "List software", description = "Published software, filtered and sorted, one page at a time. With status, "
            + "curators list submitted, rejected or archived records, and contributors their own organization's submissions.")
    public RestResponse<Page<SoftwareView>> listSoftware(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "Only software in this category (a category id)") @QueryParam("category") String category,
            @Parameter(description = "Only software whose licence expression names this SPDX licence id") @QueryParam("licence") String licence,
            @Parameter(description = "Only software that this organization uses (an organization id)") @QueryParam("organization") String organization,
            @Parameter(description = ApiDoc.STATUS, schema = @Schema(type = SchemaType.STRING, implementation = RecordStatus.class)) @QueryParam("status") String status,
            @Parameter(description = ApiDoc.SORT, schema = @Schema(type = SchemaType.STRING, enumeration = { "id", "name", "-name", "usageCount", "-usageCount", "updatedAt", "-updatedAt" })) @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        RecordSort order = RecordSort.parse(sort);
        PageRequest page = PageRequest.of(limit, cursor, order.wire);
        var where = RecordRepository.inCategory(filters.category(category))
                .and(RecordRepository.naming(filters.licence(licence)))
                .and(UsageRepository.usedBy(organizations.filter("organization", organization)));
        return Paging.ok(software.list(caller.get(), filters.status(status), where, order, page), uri);
    }

    @POST
    @Path("software")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Add a software", description = "A contributor's software is submitted for moderation and visible only to its "
            + "organization and curators; a curator's is published at once. A software with the same normalized name or repository "
            + "as an existing one is refused with 409 and a link to it.")
    @APIResponse(responseCode = "201", description = "Created", headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SoftwareView.class)))
    @APIResponse(responseCode = "409", description = "A record with the same id, name or repository exists (see existing)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response createSoftware(
            @Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) SoftwareInput input, @Context UriInfo uri) {
        SoftwareInput body = input == null ? SoftwareInput.EMPTY : input;
        return Responses.of(idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath(), body, () -> software.create(caller.get(), body)));
    }

    @GET
    @Path("software/{id}")
    @Operation(summary = "Get a software", description = "One software record, with a strong ETag.")
    public RestResponse<SoftwareView> getSoftware(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(software.get(id, caller.get()), headers);
    }

    @PATCH
    @Path("software/{id}")
    @Consumes(ApiDoc.MERGE_PATCH)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Edit a software", description = "An RFC 7396 JSON merge patch of the fields of SoftwareInput (null removes a "
            + "value). Curators edit every record; contributors their organization's records still awaiting moderation.")
    @APIResponse(responseCode = "200", description = "Edited", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SoftwareView.class)))
    @APIResponse(responseCode = "409", description = "The edit would make it a duplicate of another record",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response patchSoftware(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = ApiDoc.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT, description = ApiDoc.MERGE_PATCH_BODY))) JsonNode patch) {
        return Responses.of(software.patch(caller.get(), id, patch, ifMatch));
    }
}
