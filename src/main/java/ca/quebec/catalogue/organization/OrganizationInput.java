package ca.quebec.catalogue.organization;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Checks;

/** A public body as an admin registers or edits it. */
@Schema(name = "OrganizationInput", description = "A public body to register (POST) or the fields a merge patch may change (PATCH; not id)")
public record OrganizationInput(
        @Schema(description = "Stable identifier: lower-case letters and digits separated by hyphens; cannot change", required = true, maxLength = 64, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", examples = "mcn") String id,
        @Schema(description = "Official name, French required", required = true, properties = {
                @SchemaProperty(name = "fr", maxLength = Checks.NAME_MAX), @SchemaProperty(name = "en", maxLength = Checks.NAME_MAX) }) BilingualText name,
        @Schema(nullable = true, maxLength = OrganizationService.ACRONYM_MAX, examples = "MCN") String acronym,
        @Schema(description = "Other names and acronyms, former names included", nullable = true, maxItems = OrganizationService.ALIASES_MAX) List<@Size(max = Checks.ITEM_MAX) String> aliases,
        @Schema(required = true, type = SchemaType.STRING, implementation = OrganizationType.class) String type,
        @Schema(description = "Id of the organization it belongs to", nullable = true, maxLength = 64) String parent,
        @Schema(nullable = true, format = "iri", maxLength = 2000) String website) {
}
