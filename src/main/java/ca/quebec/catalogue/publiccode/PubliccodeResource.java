package ca.quebec.catalogue.publiccode;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quebec.catalogue.web.Languages;

@Path("/api/v1/publiccode")
@Tag(name = "publiccode.yml", description = "The European metadata standard for public-sector software")
public class PubliccodeResource {

    /** YAML media types clients send; application/yaml is the registered one (RFC 9512). */
    public static final String YAML = "application/yaml";
    public static final String[] YAML_TYPES = { YAML, "application/x-yaml", "text/yaml", "text/x-yaml" };

    private final PubliccodeValidator validator;

    public PubliccodeResource(PubliccodeValidator validator) {
        this.validator = validator;
    }

    @POST
    @Path("/validate")
    @Consumes({ YAML, "application/x-yaml", "text/yaml", "text/x-yaml" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a publiccode.yml", description = "Checks a file against the standard (version 0.5 rules, YAML 1.2), "
            + "without storing it and without any network access. Every error and warning comes with its key path, line and column. "
            + "Hostile YAML (alias bombs, deep nesting, several documents, files over 256 KiB, invalid UTF-8) is reported as an error.")
    public PubliccodeReport.Rendered validatePubliccode(
            @RequestBody(required = true, content = @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING))) byte[] yaml,
            @Context HttpHeaders headers) {
        return validator.validate(yaml == null ? new byte[0] : yaml).render(Languages.of(headers));
    }
}
