package ca.quebec.catalogue.usage;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.web.BilingualText;

@Schema(name = "BulkUsageItem", description = "One usage of a bulk declaration: a software or a solution id, and the declaration")
public record BulkUsageItem(
        @Schema(description = "Software id (this or solution)") String software,
        @Schema(description = "Solution id (this or software)") String solution,
        @Schema(enumeration = { "1-10", "11-50", "51-100", "101-500", "500+" }) String installations,
        @Schema(maxItems = 50) List<String> versions,
        @Schema(enumeration = { "planned", "deploying", "production", "retiring" }) String status,
        @Schema(pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$") String since,
        BilingualText useCase,
        @Schema(maxItems = 20) List<Contact> contacts)
        implements UsageFields {
}
