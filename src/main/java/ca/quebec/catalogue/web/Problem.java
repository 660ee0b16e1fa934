package ca.quebec.catalogue.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail: the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail. Messages are in French unless the request prefers English (Accept-Language: en).")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem; stable, one per kind", required = true, examples = "/problems/not-found") String type,
        @Schema(description = "Short summary of the kind of problem, in the caller's language", required = true) String title,
        @Schema(description = "HTTP status code", required = true) int status,
        @Schema(description = "What went wrong with this request, in the caller's language") String detail,
        @Schema(description = "The path of the request that failed") String instance,
        @Schema(description = "Every refused value, for validation problems") List<FieldError> errors,
        @Schema(description = "For a duplicate (409): the path of the record that already exists") String existing,
        @Schema(description = "For a refused publiccode.yml: what the validator warns about besides the errors") List<FieldError> warnings) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors, String existing) {
        this(type, title, status, detail, instance, errors, existing, null);
    }
}
