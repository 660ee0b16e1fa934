package ca.quebec.catalogue.solution;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.record.DescriptiveInput;
import ca.quebec.catalogue.record.Platform;
import ca.quebec.catalogue.visibility.Contact;

/**
 * A solution to add. What a valid publiccode.yml needs is required here, so that
 * every solution of the catalogue can be exported as one.
 */
@Schema(name = "SolutionInput", description = "A solution to add. Unknown fields are refused.")
public record SolutionInput(
        @Schema(maxLength = 80, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "Wanted id; derived from the name when absent") String id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(maxItems = 50) List<String> aliases,
        @Schema(description = "One sentence, at most 150 characters; French required", required = true) BilingualText description,
        @Schema(description = "150 to 10,000 characters; French required", required = true) BilingualText longDescription,
        @Schema(description = "At least one French item", required = true) Features features,
        @Schema(description = "SPDX licence expression", required = true, maxLength = 500) String licence,
        Boolean freeSoftware,
        @Schema(description = "Curators only") BilingualText curatorNote,
        @Schema(format = "uri", maxLength = 2000) String homepage,
        @Schema(description = "Source repository (http or https)", required = true, format = "uri", maxLength = 2000) String repository,
        @Schema(format = "uri", maxLength = 2000) String documentation,
        @Schema(maxItems = 50) List<String> categories,
        @Schema(maxItems = 50) List<String> keywords,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Platform.class, description = "At least one of windows, macos, linux, android, ios, web") List<String> platforms,
        @Schema(description = "Owner organization id; a contributor's own organization when absent (only curators name another)") String owner,
        @Schema(required = true, type = SchemaType.STRING, implementation = DevelopmentStatus.class) String developmentStatus,
        @Schema(required = true, type = SchemaType.STRING, implementation = SoftwareType.class) String softwareType,
        @Schema(required = true) Maintenance maintenance,
        @Schema(description = "Reuse contacts; at least one with internal or community maintenance", maxItems = 20) List<Contact> contacts,
        @Schema(description = "Ids of catalogue software it depends on", maxItems = 50) List<String> dependsOn,
        @Schema(description = "BCP 47 language tags", required = true, maxItems = 50) List<String> availableLanguages,
        @Schema(required = true) Boolean localisationReady)
        implements DescriptiveInput {

    public static final SolutionInput EMPTY = new SolutionInput(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);
}
