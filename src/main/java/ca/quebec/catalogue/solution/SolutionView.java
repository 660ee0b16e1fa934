package ca.quebec.catalogue.solution;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.licence.LicenceView;
import ca.quebec.catalogue.record.Platform;
import ca.quebec.catalogue.visibility.Contact;
import ca.quebec.catalogue.visibility.RecordStatus;

@Schema(name = "Solution", description = "A solution that a public body owns and others can reuse (Mesure 21)")
public record SolutionView(
        @Schema(description = "Stable identifier (slug)", required = true) String id,
        @Schema(required = true) String name,
        @Schema(required = true) List<String> aliases,
        @Schema(description = "What it is for, in one sentence (at most 150 characters)", required = true, nullable = true) BilingualText description,
        @Schema(description = "A longer description", required = true, nullable = true) BilingualText longDescription,
        @Schema(required = true) Features features,
        @Schema(required = true, nullable = true) LicenceView licence,
        @Schema(required = true, nullable = true) Boolean freeSoftware,
        @Schema(required = true, nullable = true) BilingualText curatorNote,
        @Schema(required = true, nullable = true, format = "iri") String homepage,
        @Schema(required = true, nullable = true, format = "iri") String repository,
        @Schema(required = true, nullable = true, format = "iri") String documentation,
        @Schema(description = "Category ids", required = true) List<String> categories,
        @Schema(required = true) List<String> keywords,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Platform.class) List<String> platforms,
        @Schema(description = "The organization that owns it", required = true) String owner,
        @Schema(required = true, nullable = true, type = SchemaType.STRING, implementation = DevelopmentStatus.class) String developmentStatus,
        @Schema(description = "publiccode.yml software type", required = true, nullable = true, type = SchemaType.STRING, implementation = SoftwareType.class) String softwareType,
        @Schema(required = true) Maintenance maintenance,
        @Schema(description = "Reuse contacts. Anonymous callers see name, email and phone of public contacts only.", required = true) List<Contact> contacts,
        @Schema(description = "Ids of catalogue software it depends on", required = true) List<String> dependsOn,
        @Schema(description = "Languages (BCP 47) the solution is available in", required = true) List<String> availableLanguages,
        @Schema(description = "Whether it is built to be translated", required = true, nullable = true) Boolean localisationReady,
        @Schema(description = "Whether it was imported from a publiccode.yml (see /publiccode.yml for the export)", required = true) boolean importedFromPubliccode,
        @Schema(required = true, type = SchemaType.STRING, implementation = RecordStatus.class) String status,
        @Schema(required = true, nullable = true) String statusReason,
        @Schema(description = "Number of other organizations that declare reusing it", required = true) int usageCount,
        @Schema(required = true) long revision,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
