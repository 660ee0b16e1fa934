package ca.quebec.catalogue.usage;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.visibility.Contact;

@Schema(name = "Usage", description = "A public body's declaration that it uses a software (or reuses a solution)")
public record UsageView(
        @Schema(description = "The software used (for software usages)") @JsonInclude(JsonInclude.Include.NON_NULL) String software,
        @Schema(description = "The solution reused (for solution usages)") @JsonInclude(JsonInclude.Include.NON_NULL) String solution,
        @Schema(description = "The organization that uses it", required = true) String organization,
        @Schema(description = "How many installations, as a range; null when not declared", required = true, nullable = true, type = SchemaType.STRING, implementation = InstallationRange.class) String installations,
        @Schema(description = "Versions in use", required = true) List<String> versions,
        @Schema(required = true, nullable = true, type = SchemaType.STRING, implementation = UsageStatus.class) String status,
        @Schema(description = "Since when (YYYY, YYYY-MM or YYYY-MM-DD)", required = true, nullable = true, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$") String since,
        @Schema(description = "What the organization uses it for", required = true, nullable = true) BilingualText useCase,
        @Schema(description = "Whom to ask. Anonymous callers see the details of public contacts only.", required = true) List<Contact> contacts,
        @Schema(description = "Where the declaration comes from (a seed inventory or the API)", required = true) String source,
        @Schema(required = true) long revision,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
