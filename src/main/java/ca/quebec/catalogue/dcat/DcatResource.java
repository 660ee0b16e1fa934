package ca.quebec.catalogue.dcat;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quebec.catalogue.dcat.DcatService.Export;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Responses;

/** The whole catalogue as linked data, for DCAT-AP and ADMS-AP harvesters (Joinup, data.europa.eu, national portals). */
@Path("/api/v1")
@Tag(name = "Linked data", description = "The catalogue as DCAT-AP 3 with ADMS-AP, for linked-data harvesters")
public class DcatResource {

    private static final String LAST_MODIFIED = "When the last change the export includes was committed";

    private final DcatService dcat;

    public DcatResource(DcatService dcat) {
        this.dcat = dcat;
    }

    @GET
    @Path("export/dcat")
    @Produces({ RdfSyntax.TURTLE_TYPE, RdfSyntax.JSON_LD_TYPE, RdfSyntax.RDF_XML_TYPE })
    @Operation(summary = "The catalogue as DCAT-AP", description = "One dcat:Catalog and, for each published software and solution, "
            + "an ADMS-AP Asset (a dcat:Dataset, also typed adms:Asset): bilingual title and description, publisher (the owner body, "
            + "for solutions), SPDX licence, landing page, ADMS status (solutions), keywords, themes from the category vocabulary "
            + "(published as a SKOS concept scheme) and public contacts. As anonymous callers see it, whoever asks. Turtle by "
            + "default; JSON-LD or RDF/XML by the Accept header. The strong ETag names the change-log position and the format: "
            + "send it back in If-None-Match to get 304 until the catalogue changes.")
    @APIResponse(responseCode = "200", description = "The catalogue", headers = {
            @Header(name = "Last-Modified", description = LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Vary", description = "Accept (the format), among others", schema = @Schema(type = SchemaType.STRING)) },
            content = {
                    @Content(mediaType = RdfSyntax.TURTLE_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = RdfSyntax.JSON_LD_TYPE, schema = @Schema(type = SchemaType.OBJECT, description = "A JSON-LD 1.1 document")),
                    @Content(mediaType = RdfSyntax.RDF_XML_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "503", description = "The export is being built and took longer than a request waits "
            + "(catalogue.dcat.wait, 20 s by default), or no database connection came free in time: come back after Retry-After "
            + "seconds (a build goes on meanwhile)",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match or If-Modified-Since) is current", headers = {
            @Header(name = "ETag", description = "The export's strong tag: its change-log position and format",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Last-Modified", description = LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING)) })
    public Response exportDcat(
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "HTTP date of the copy the client holds; when the catalogue has not changed since, 304 "
                    + "(ignored when If-None-Match is sent)") @HeaderParam("If-Modified-Since") String ifModifiedSince,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        RdfSyntax syntax = negotiate(acceptable(headers), headers.getHeaderString(HttpHeaders.ACCEPT));
        if (ifNoneMatch != null) {
            // Checked before any build or wait: a harvester's copy of the current export costs one read of the position.
            String tag = dcat.currentTag(syntax, uri.getBaseUri().toString());
            if (Versions.matches(ifNoneMatch, tag, true)) {
                return Response.notModified().tag(Responses.entityTag(tag)).header("Vary", HttpHeaders.ACCEPT).build();
            }
        }
        DcatService.Opened opened = dcat.export(syntax, uri.getBaseUri().toString());
        Export export = opened.export();
        InputStream content = opened.content();
        boolean current = ifNoneMatch != null ? Versions.matches(ifNoneMatch, export.etag(), true)
                : ifModifiedSince != null && notModifiedSince(export, ifModifiedSince);
        Response.ResponseBuilder response;
        if (current) {
            close(content);
            response = Response.notModified();
        } else {
            StreamingOutput body = out -> {
                try (content) {
                    content.transferTo(out);
                }
            };
            response = Response.ok(body, syntax == RdfSyntax.TURTLE ? syntax.mediaType + ";charset=UTF-8" : syntax.mediaType);
        }
        response.tag(Responses.entityTag(export.etag())).header("Vary", HttpHeaders.ACCEPT);
        if (export.modified() != null) {
            response.lastModified(Date.from(export.modified().toInstant().truncatedTo(ChronoUnit.SECONDS)));
        }
        return response.build();
    }

    /**
     * The syntax the Accept header prefers: for each one, the quality of the most
     * specific range that matches it; the highest wins, Turtle on a tie. None: 406.
     */
    static RdfSyntax negotiate(List<MediaType> accepted, String header) {
        RdfSyntax best = null;
        double bestQuality = 0;
        for (RdfSyntax syntax : RdfSyntax.values()) {
            MediaType type = MediaType.valueOf(syntax.mediaType);
            double quality = 0;
            int specificity = -1;
            for (MediaType range : accepted) {
                if (!range.isCompatible(type)) {
                    continue;
                }
                int rangeSpecificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
                if (rangeSpecificity > specificity) {
                    specificity = rangeSpecificity;
                    quality = quality(range);
                }
            }
            if (quality > bestQuality) {
                best = syntax;
                bestQuality = quality;
            }
        }
        if (best == null) {
            throw new ProblemException(406, "not-acceptable", String.valueOf(header));
        }
        return best;
    }

    /** The ranges of the Accept header; one that cannot be read accepts nothing we write (406, not a 500). */
    private static List<MediaType> acceptable(HttpHeaders headers) {
        try {
            return headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    private static double quality(MediaType range) {
        try {
            return Double.parseDouble(range.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void close(InputStream content) {
        try {
            content.close();
        } catch (IOException ignored) {
            // Nothing was read from it.
        }
    }

    private static boolean notModifiedSince(Export export, String ifModifiedSince) {
        if (export.modified() == null) {
            return false;
        }
        try {
            ZonedDateTime since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return !export.modified().toInstant().truncatedTo(ChronoUnit.SECONDS).isAfter(since.toInstant());
        } catch (DateTimeParseException malformed) {
            // RFC 9110: a date that cannot be read is ignored.
            return false;
        }
    }
}
