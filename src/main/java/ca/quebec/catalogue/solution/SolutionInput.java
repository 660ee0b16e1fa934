package ca.quebec.catalogue.solution;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.record.DescriptiveInput;
import ca.quebec.catalogue.record.Platform;
import ca.quebec.catalogue.record.RecordRules;
import ca.quebec.catalogue.visibility.Contact;

/**
 * A solution to add. What a valid publiccode.yml needs is required here, so that
 * every solution of the catalogue can be exported as one.
 */
@Schema(name = "SolutionInput", description = "A solution to add. Unknown fields are refused.")
public record SolutionInput(
        @Schema(maxLength = 80, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "Wanted id; derived from the name when absent") String id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(maxItems = Checks.LIST_MAX) List<@Size(max = Checks.NAME_MAX) String> aliases,
        @Schema(description = "One sentence, at most 150 characters (graphemes); French required", required = true, properties = {
                @SchemaProperty(name = "fr", maxLength = Checks.TEXT_MAX), @SchemaProperty(name = "en", maxLength = Checks.TEXT_MAX) }) BilingualText description,
        @Schema(description = "150 to 10,000 characters; French required", required = true, properties = {
                @SchemaProperty(name = "fr", maxLength = SolutionInput.LONG_DESCRIPTION_MAX), @SchemaProperty(name = "en", maxLength = SolutionInput.LONG_DESCRIPTION_MAX) }) BilingualText longDescription,
        @Schema(description = "At least one French item", required = true) Features features,
        @Schema(description = "SPDX licence expression", required = true, maxLength = 500) String licence,
        Boolean freeSoftware,
        @Schema(description = "Curators only", properties = {
                @SchemaProperty(name = "fr", maxLength = Checks.TEXT_MAX), @SchemaProperty(name = "en", maxLength = Checks.TEXT_MAX) }) BilingualText curatorNote,
        @Schema(format = "iri", maxLength = 2000) String homepage,
        @Schema(description = "Source repository (http or https)", required = true, format = "iri", maxLength = 2000) String repository,
        @Schema(format = "iri", maxLength = 2000) String documentation,
        @Schema(maxItems = Checks.LIST_MAX) List<@Size(max = 64) String> categories,
        @Schema(maxItems = Checks.LIST_MAX) List<@Size(max = Checks.ITEM_MAX) String> keywords,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Platform.class, description = "At least one of windows, macos, linux, android, ios, web") List<String> platforms,
        @Schema(description = "Owner organization id; a contributor's own organization when absent (only curators name another)", maxLength = 64) String owner,
        @Schema(required = true, type = SchemaType.STRING, implementation = DevelopmentStatus.class) String developmentStatus,
        @Schema(required = true, type = SchemaType.STRING, implementation = SoftwareType.class) String softwareType,
        @Schema(required = true) Maintenance maintenance,
        @Schema(description = "Reuse contacts; at least one with internal or community maintenance", maxItems = 20) List<Contact> contacts,
        @Schema(description = "Ids of catalogue software it depends on", maxItems = Checks.LIST_MAX) List<@Size(max = RecordRules.ID_MAX) String> dependsOn,
        @Schema(description = "BCP 47 language tags", required = true, maxItems = Checks.LIST_MAX) List<@Size(max = SolutionInput.LANGUAGE_MAX) String> availableLanguages,
        @Schema(required = true) Boolean localisationReady)
        implements DescriptiveInput {

    /** The longest long description, in each language. */
    public static final int LONG_DESCRIPTION_MAX = 10_000;
    /** Contractors of a solution maintained under contract. */
    public static final int CONTRACTORS_MAX = 20;
    /** A BCP 47 language tag, as long as one can be. */
    public static final int LANGUAGE_MAX = 35;

    public static final SolutionInput EMPTY = new SolutionInput(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);
}
