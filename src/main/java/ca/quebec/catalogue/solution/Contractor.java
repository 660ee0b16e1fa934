package ca.quebec.catalogue.solution;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A company or body that maintains a solution under contract, until a date. Not personal data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Contractor")
public record Contractor(
        @Schema(required = true, maxLength = 200) String name,
        @Schema(description = "When the contract ends", required = true) LocalDate until,
        @Schema(maxLength = 254, format = "email") String email,
        @Schema(maxLength = 2000, format = "iri") String website) {
}
