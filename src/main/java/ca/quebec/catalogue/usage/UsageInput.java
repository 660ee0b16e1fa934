package ca.quebec.catalogue.usage;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.visibility.Contact;

@Schema(name = "UsageInput", description = "An organization's usage declaration. Unknown fields are refused.")
public record UsageInput(
        @Schema(description = "How many installations", type = SchemaType.STRING, implementation = InstallationRange.class) String installations,
        @Schema(description = "Versions in use", maxItems = Checks.LIST_MAX) List<@Size(max = UsageInput.VERSION_MAX) String> versions,
        @Schema(type = SchemaType.STRING, implementation = UsageStatus.class) String status,
        @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$") String since,
        @Schema(description = "What the organization uses it for", properties = {
                @SchemaProperty(name = "fr", maxLength = Checks.TEXT_MAX), @SchemaProperty(name = "en", maxLength = Checks.TEXT_MAX) }) BilingualText useCase,
        @Schema(description = "Referent contacts (personal details are shown to authenticated callers only, unless public)", maxItems = 20) List<Contact> contacts)
        implements UsageFields {

    /** The longest version a usage lists. */
    public static final int VERSION_MAX = 50;
}
