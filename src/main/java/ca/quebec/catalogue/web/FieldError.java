package ca.quebec.catalogue.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One refused value in a request: where it is (a JSON pointer into the body, the
 * name of a query parameter or header, or for a publiccode.yml the key path with
 * its line and column), a stable machine code and a message in the caller's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError")
public record FieldError(
        @Schema(description = "JSON pointer, parameter or header name, or publiccode.yml key path", required = true) String field,
        @Schema(description = "Stable machine code", required = true) String code,
        @Schema(description = "Human message in the caller's language", required = true) String message,
        @Schema(description = "1-based line in the YAML document, for publiccode.yml") Integer line,
        @Schema(description = "1-based column in the YAML document, for publiccode.yml") Integer column) {

    public FieldError(String field, String code, String message) {
        this(field, code, message, null, null);
    }
}
