package ca.quebec.catalogue.solution;

import java.util.List;

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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;

import ca.quebec.catalogue.idempotency.Idempotency;
import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.QueryParameters;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.publiccode.PubliccodeReport;
import ca.quebec.catalogue.publiccode.PubliccodeResource;
import ca.quebec.catalogue.record.RecordFilters;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.usage.UsageRepository;
import ca.quebec.catalogue.visibility.RecordStatus;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.FieldError;
import ca.quebec.catalogue.web.Languages;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;
import ca.quebec.catalogue.web.Problem;
import ca.quebec.catalogue.web.Responses;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Solutions", description = "Shareable solutions that public bodies own (Mesure 21)")
public class SolutionResource {

    private final SolutionService solutions;
    private final RecordFilters filters;
    private final OrganizationService organizations;
    private final CurrentCaller caller;
    private final Idempotency idempotency;

    public SolutionResource(SolutionService solutions, RecordFilters filters, OrganizationService organizations, CurrentCaller caller,
            Idempotency idempotency) {
        this.solutions = solutions;
        this.filters = filters;
        this.organizations = organizations;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Path("solutions")
    @Operation(summary = "List solutions", description = "Published solutions, filtered and sorted, one page at a time.")
    public RestResponse<Page<SolutionView>> listSolutions(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "Only solutions this organization owns") @QueryParam("owner") String owner,
            @Parameter(description = "Only solutions in this development status", schema = @Schema(type = SchemaType.STRING, implementation = DevelopmentStatus.class)) @QueryParam("developmentStatus") String developmentStatus,
            @Parameter(description = "Only solutions with this maintenance", schema = @Schema(type = SchemaType.STRING, implementation = MaintenanceType.class)) @QueryParam("maintenance") String maintenance,
            @Parameter(description = "Only solutions in this category (a category id)") @QueryParam("category") String category,
            @Parameter(description = "Only solutions whose licence expression names this SPDX licence id") @QueryParam("licence") String licence,
            @Parameter(description = "Only solutions this organization declares reusing") @QueryParam("organization") String organization,
            @Parameter(description = ApiDoc.STATUS, schema = @Schema(type = SchemaType.STRING, implementation = RecordStatus.class)) @QueryParam("status") String status,
            @Parameter(description = ApiDoc.SORT, schema = @Schema(type = SchemaType.STRING, enumeration = { "id", "name", "-name", "usageCount", "-usageCount", "updatedAt", "-updatedAt" })) @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        RecordSort order = RecordSort.parse(sort);
        PageRequest page = PageRequest.of(limit, cursor, order.wire);
        var where = RecordRepository.inCategory(filters.category(category))
                .and(RecordRepository.naming(filters.licence(licence)))
                .and(UsageRepository.usedBy(organizations.filter("organization", organization)))
                .and(SolutionService.filter(organizations.filter("owner", owner),
                        QueryParameters.oneOf("developmentStatus", developmentStatus, DevelopmentStatus.class),
                        QueryParameters.oneOf("maintenance", maintenance, MaintenanceType.class)));
        return Paging.ok(solutions.list(caller.get(), filters.status(status), where, order, page), uri);
    }

    @POST
    @Path("solutions")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Add a solution", description = "Owned by the contributor's organization (a curator may name the owner). "
            + "A contributor's solution is submitted for moderation; a curator's is published at once. Everything a valid "
            + "publiccode.yml needs is required, so that every solution can be exported as one.")
    @APIResponse(responseCode = "201", description = "Created", headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolutionView.class)))
    @APIResponse(responseCode = "409", description = "A solution with the same id, name or repository exists (see existing)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response createSolution(@Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) SolutionInput input, @Context UriInfo uri) {
        SolutionInput body = input == null ? SolutionInput.EMPTY : input;
        return Responses.of(idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath(), body, () -> solutions.create(caller.get(), body)));
    }

    @POST
    @Path("solutions/import")
    @Consumes({ PubliccodeResource.YAML, "application/x-yaml", "text/yaml", "text/x-yaml" })
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Import a publiccode.yml", description = "Creates a solution from a publiccode.yml, owned by the caller's "
            + "organization (curators may name the owner), or updates the caller's own solution with the same repository URL. "
            + "An invalid file is refused with 422 and the validation report (errors with key path, line and column). With "
            + "dryRun=true nothing is stored: the answer shows what would be. A French description is required.")
    @APIResponse(responseCode = "200", description = "Updated, or what would be stored (dryRun)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolutionView.class)))
    @APIResponse(responseCode = "201", description = "Created", headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolutionView.class)))
    @APIResponse(responseCode = "409", description = "Another organization's solution has this repository",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response importPubliccode(
            @Parameter(description = "true: validate and show what would be stored, without storing", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Owner organization id (curators only; the caller's organization otherwise)") @QueryParam("owner") String owner,
            @Parameter(description = ApiDoc.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true, content = @Content(mediaType = PubliccodeResource.YAML, schema = @Schema(type = SchemaType.STRING))) byte[] yaml,
            @Context UriInfo uri) {
        boolean dry = Boolean.TRUE.equals(QueryParameters.bool("dryRun", dryRun));
        String ownerId = organizations.filter("owner", owner);
        byte[] body = yaml == null ? new byte[0] : yaml;
        if (dry) {
            return Responses.of(solutions.importFile(caller.get(), body, ownerId, true, ifMatch).written());
        }
        return Responses.of(idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath() + "?owner=" + ownerId,
                java.util.HexFormat.of().formatHex(body), () -> solutions.importFile(caller.get(), body, ownerId, false, ifMatch).written()));
    }

    /** An invalid file: 422 problem+json with the validator's errors and warnings. */
    @ServerExceptionMapper
    public Response refused(SolutionService.PubliccodeRefusal refusal, HttpHeaders headers, UriInfo uri) {
        var locale = Languages.of(headers);
        PubliccodeReport.Rendered report = refusal.report.render(locale);
        List<FieldError> errors = report.errors().stream().map(i -> new FieldError(i.key(), i.code(), i.message(), i.line(), i.column())).toList();
        List<FieldError> warnings = report.warnings().stream().map(i -> new FieldError(i.key(), i.code(), i.message(), i.line(), i.column())).toList();
        Problem problem = new Problem("/problems/publiccode-invalid", Messages.get(locale, "problem.publiccode-invalid.title"), 422,
                Messages.get(locale, "problem.publiccode-invalid.detail", errors.size()), uri.getPath(), errors, null, warnings);
        return Response.status(422).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, Messages.language(locale))
                .entity(problem).build();
    }

    @GET
    @Path("solutions/{id}")
    @Operation(summary = "Get a solution", description = "One solution, with a strong ETag. Anonymous callers see the details of public contacts only.")
    public RestResponse<SolutionView> getSolution(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(solutions.get(id, caller.get()), headers);
    }

    @GET
    @Path("solutions/{id}/publiccode.yml")
    @Produces(PubliccodeResource.YAML)
    @Operation(summary = "A solution as publiccode.yml", description = "A valid publiccode.yml (version 0.5) for any solution, imported "
            + "or not. Contacts that are not public are written for authenticated callers only; anonymous callers get the public "
            + "ones, or the owner organization as the contact.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = PubliccodeResource.YAML, schema = @Schema(type = SchemaType.STRING)))
    public Response getSolutionPubliccode(@PathParam("id") String id) {
        return Response.ok(solutions.export(id, caller.get()), PubliccodeResource.YAML + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"publiccode.yml\"").build();
    }

    @PATCH
    @Path("solutions/{id}")
    @Consumes(ApiDoc.MERGE_PATCH)
    @SecurityRequirement(name = ApiDoc.SECURITY)
    @Operation(summary = "Edit a solution", description = "An RFC 7396 JSON merge patch of the fields of SolutionInput. Curators edit "
            + "every solution; the owner organization's contributors edit theirs, also once published. Every edit is in the history.")
    @APIResponse(responseCode = "200", description = "Edited", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolutionView.class)))
    @APIResponse(responseCode = "409", description = "The edit would make it a duplicate of another solution",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response patchSolution(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = ApiDoc.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT, description = ApiDoc.MERGE_PATCH_BODY))) JsonNode patch) {
        return Responses.of(solutions.patch(caller.get(), id, patch, ifMatch));
    }
}
