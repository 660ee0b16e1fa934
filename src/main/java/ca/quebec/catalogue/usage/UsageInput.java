package ca.quebec.catalogue.usage;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.web.BilingualText;

@Schema(name = "UsageInput", description = "An organization's usage declaration. Unknown fields are refused.")
public record UsageInput(
        @Schema(description = "How many installations", enumeration = { "1-10", "11-50", "51-100", "101-500", "500+" }) String installations,
        @Schema(description = "Versions in use", maxItems = 50) List<String> versions,
        @Schema(enumeration = { "planned", "deploying", "production", "retiring" }) String status,
        @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$") String since,
        @Schema(description = "What the organization uses it for") BilingualText useCase,
        @Schema(description = "Referent contacts (personal details are shown to authenticated callers only, unless public)", maxItems = 20) List<Contact> contacts)
        implements UsageFields {

    public static final UsageInput EMPTY = new UsageInput(null, null, null, null, null, null);
}
