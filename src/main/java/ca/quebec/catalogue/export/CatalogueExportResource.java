package ca.quebec.catalogue.export;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.vertx.http.Compressed;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.web.ApiDoc;

/**
 * Whole-catalogue exports for harvesters: what an anonymous caller may read, in
 * one file per format, tagged with the change-log position it holds, and built
 * once per position ({@link ExportFiles}).
 */
@Path("/api/v1")
@Tag(name = "Exports", description = "The whole public catalogue in one file, for harvesters: JSON, CSV, code.json")
public class CatalogueExportResource {

    static final String DESCRIPTION = "The whole public catalogue in one file: what an anonymous caller may read (published records, "
            + "every public body, the categories, the active usages of published records; contacts without personal details), "
            + "the same for every caller. Each export is built once per position of the change log and served from there: its "
            + "strong ETag and its Last-Modified (the time of the last change) move only when the catalogue changes, and "
            + "If-None-Match or If-Modified-Since answer 304. Gzip or deflate when Accept-Encoding asks for it.\n\n"
            + "- catalogue.json (application/json): {generatedAt, lastSeq, software[], solutions[], organizations[], categories[], "
            + "usages[]}, each item as its single-resource view shows it. To stay current, follow GET /api/v1/changes?since=<lastSeq>.\n"
            + "- code.json (application/json): the published solutions as a code.gov metadata 2.0 inventory; each release is valid "
            + "against the code.gov 2.0.1 release schema. laborHours is 0 and contact.email empty when unknown, as "
            + "additionalInformation.additionalNotes says.\n"
            + "- software.csv, solutions.csv, usages.csv, organizations.csv (text/csv): RFC 4180, UTF-8 with a byte order mark, "
            + "a header row, lists joined with ';', an empty cell for an unknown value, dates in ISO 8601. Columns, in this order:\n"
            + "  - software.csv: id, name, aliases, descriptionFr, descriptionEn, licence (SPDX expression), osiApproved, fsfLibre, "
            + "freeSoftware, curatorNoteFr, curatorNoteEn, homepage, repository, categories, keywords, platforms, usageCount, "
            + "createdAt, updatedAt\n"
            + "  - solutions.csv: id, name, aliases, descriptionFr, descriptionEn, licence, osiApproved, fsfLibre, owner, ownerName, "
            + "developmentStatus, softwareType, maintenance, homepage, repository, documentation, categories, keywords, platforms, "
            + "availableLanguages, dependsOn, publicContacts (name <email> of the public contacts), usageCount, createdAt, updatedAt\n"
            + "  - usages.csv: kind (software or solution), record, recordName, organization, organizationName, installations, "
            + "versions, status, since, useCaseFr, useCaseEn, source, createdAt, updatedAt\n"
            + "  - organizations.csv: id, nameFr, nameEn, acronym, aliases, type, parent, website, usageCount, createdAt, updatedAt";

    private static final String LAST_MODIFIED = "When the last change the export holds was made";

    private final PublicCatalogue catalogue;
    private final ExportFiles files;

    public CatalogueExportResource(PublicCatalogue catalogue, ExportFiles files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    @GET
    @Path("export/{file}")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Compressed
    @Operation(summary = "Export the whole catalogue", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The export", headers = {
            @Header(name = "ETag", description = "Strong: the change-log position and the file; a compressed variant has the encoding as a suffix",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Last-Modified", description = LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "The file name to save it as", schema = @Schema(type = SchemaType.STRING)) },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = { CatalogueJson.Document.class, CodeJson.Inventory.class })),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = "RFC 4180, UTF-8 with a byte order mark, a header row")) })
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match, or else If-Modified-Since) is current", headers = {
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Last-Modified", description = LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "503", description = "The export is being built and took longer than a request waits "
            + "(catalogue.export.wait, 20 s by default), or no database connection came free in time: come back after Retry-After "
            + "seconds (a build goes on meanwhile)",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No export has this name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response getExport(
            @Parameter(description = "The export", schema = @Schema(type = SchemaType.STRING, enumeration = { "catalogue.json", "code.json",
                    "software.csv", "solutions.csv", "usages.csv", "organizations.csv" })) @PathParam("file") String file,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = "An HTTP date (Last-Modified of the copy the client holds): 304 when nothing changed since. Ignored "
                    + "with If-None-Match, and when it is not a valid date (RFC 9110)") @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince)
            throws IOException {
        ExportFormat format = ExportFormat.byFile(file).orElseThrow(() -> ProblemException.notFound("export", file));
        PublicCatalogue.Position position = catalogue.position();
        if (current(ifNoneMatch, ifModifiedSince, format.tag(position.seq()), position.lastModified())) {
            return Response.notModified(new EntityTag(format.tag(position.seq()))).lastModified(Date.from(position.lastModified())).build();
        }
        ExportFiles.Opened opened = files.open(format, position);
        InputStream content = opened.content();
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        return Response.ok(body, format.mediaType)
                .tag(new EntityTag(format.tag(opened.built().seq())))
                .lastModified(Date.from(opened.built().lastModified()))
                .header("Content-Disposition", (format.csv() ? "attachment" : "inline") + "; filename=\"" + format.file + "\"")
                .build();
    }

    /**
     * Whether the client's copy is current (RFC 9110 §13.2.2): If-None-Match decides
     * when sent; else If-Modified-Since, when it is one valid HTTP date.
     */
    static boolean current(String ifNoneMatch, String ifModifiedSince, String tag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return Versions.matches(ifNoneMatch, tag, true);
        }
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
