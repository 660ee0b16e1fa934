package ca.quebec.catalogue.usage;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.visibility.Contact;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BulkUsageItem", description = "One usage of a bulk declaration: a software or a solution id, and the declaration")
public record BulkUsageItem(
        @Schema(description = "Software id (this or solution)") String software,
        @Schema(description = "Solution id (this or software)") String solution,
        @Schema(type = SchemaType.STRING, implementation = InstallationRange.class) String installations,
        @Schema(maxItems = Checks.LIST_MAX) List<@Size(max = UsageInput.VERSION_MAX) String> versions,
        @Schema(type = SchemaType.STRING, implementation = UsageStatus.class) String status,
        @Schema(pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$") String since,
        @Schema(properties = {
                @SchemaProperty(name = "fr", maxLength = Checks.TEXT_MAX), @SchemaProperty(name = "en", maxLength = Checks.TEXT_MAX) }) BilingualText useCase,
        @Schema(maxItems = 20) List<Contact> contacts)
        implements UsageFields {

    /** Which kind of record the item names: exactly one of software and solution; null otherwise. */
    RecordKind kind() {
        if ((software == null) == (solution == null)) {
            return null;
        }
        return software != null ? RecordKind.SOFTWARE : RecordKind.SOLUTION;
    }

    /**
     * This item over an active declaration: what the item leaves out (absent or
     * null) keeps what the declaration says, so that an inventory that knows only
     * versions does not erase the contacts and use case a body wrote by hand. An
     * empty list clears one.
     */
    BulkUsageItem over(Usage declared) {
        return new BulkUsageItem(software, solution, installations != null ? installations : declared.installations,
                versions != null ? versions : declared.versions, status != null ? status : declared.status,
                since != null ? since : declared.since,
                useCase != null ? useCase : declared.useCaseFr == null && declared.useCaseEn == null ? null
                        : new BilingualText(declared.useCaseFr, declared.useCaseEn),
                contacts != null ? contacts : declared.contacts);
    }

    String recordId() {
        return software != null ? software : solution;
    }
}
