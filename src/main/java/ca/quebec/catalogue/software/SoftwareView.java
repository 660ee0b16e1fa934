package ca.quebec.catalogue.software;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.licence.LicenceView;
import ca.quebec.catalogue.record.Platform;
import ca.quebec.catalogue.visibility.RecordStatus;

@Schema(name = "Software", description = "A free software used by public bodies (Mesure 20)")
public record SoftwareView(
        @Schema(description = "Stable identifier (slug)", required = true, examples = "libreoffice") String id,
        @Schema(required = true, examples = "LibreOffice") String name,
        @Schema(description = "Other names the software goes by", required = true) List<String> aliases,
        @Schema(description = "What the software is for, in one sentence", required = true, nullable = true) BilingualText description,
        @Schema(description = "The licence, or null when it is not known", required = true, nullable = true) LicenceView licence,
        @Schema(description = "false for the few non-free products that public bodies reported as free; null when unknown", required = true, nullable = true) Boolean freeSoftware,
        @Schema(description = "A curator's note, e.g. why the licence is unknown", required = true, nullable = true) BilingualText curatorNote,
        @Schema(required = true, nullable = true, format = "iri") String homepage,
        @Schema(description = "Source code repository", required = true, nullable = true, format = "iri") String repository,
        @Schema(description = "Category ids", required = true) List<String> categories,
        @Schema(required = true) List<String> keywords,
        @Schema(description = "Where it runs", required = true, type = SchemaType.ARRAY, implementation = Platform.class) List<String> platforms,
        @Schema(required = true, type = SchemaType.STRING, implementation = RecordStatus.class) String status,
        @Schema(description = "Why a curator rejected or archived it", required = true, nullable = true) String statusReason,
        @Schema(description = "Number of organizations that declare using it", required = true) int usageCount,
        @Schema(description = "Bumped by every change", required = true) long revision,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
