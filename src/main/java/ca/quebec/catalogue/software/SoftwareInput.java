package ca.quebec.catalogue.software;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.record.DescriptiveInput;
import ca.quebec.catalogue.record.Platform;

@Schema(name = "SoftwareInput", description = "A software to add to the catalogue. Unknown fields are refused.")
public record SoftwareInput(
        @Schema(description = "Wanted id (lower-case letters, digits, hyphens); derived from the name when absent", maxLength = 80, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(description = "Other names", maxItems = Checks.LIST_MAX) List<@Size(max = Checks.NAME_MAX) String> aliases,
        @Schema(description = "What it is for, in one sentence; French required", required = true, properties = {
                @SchemaProperty(name = "fr", maxLength = Checks.TEXT_MAX), @SchemaProperty(name = "en", maxLength = Checks.TEXT_MAX) }) BilingualText description,
        @Schema(description = "SPDX licence expression (ids of the SPDX list, AND, OR, WITH, parentheses, LicenseRef-…); absent when unknown", maxLength = 500, examples = "GPL-2.0-or-later") String licence,
        @Schema(description = "false for a product that is not free software; derived from the licence when absent") Boolean freeSoftware,
        @Schema(description = "Curators only: a note, e.g. why the licence is unknown", properties = {
                @SchemaProperty(name = "fr", maxLength = Checks.TEXT_MAX), @SchemaProperty(name = "en", maxLength = Checks.TEXT_MAX) }) BilingualText curatorNote,
        @Schema(format = "iri", maxLength = 2000, description = "http(s) URL") String homepage,
        @Schema(format = "iri", maxLength = 2000, description = "http(s) URL of the source repository") String repository,
        @Schema(description = "Category ids", maxItems = Checks.LIST_MAX) List<@Size(max = 64) String> categories,
        @Schema(maxItems = Checks.LIST_MAX) List<@Size(max = Checks.ITEM_MAX) String> keywords,
        @Schema(type = SchemaType.ARRAY, implementation = Platform.class, maxItems = 50) List<String> platforms)
        implements DescriptiveInput {

    /** What an empty body means: nothing, which the checks then refuse field by field. */
    public static final SoftwareInput EMPTY = new SoftwareInput(null, null, null, null, null, null, null, null, null, null, null, null);
}
