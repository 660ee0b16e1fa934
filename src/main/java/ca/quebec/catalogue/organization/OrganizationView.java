package ca.quebec.catalogue.organization;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.BilingualText;

@Schema(name = "Organization", description = "A public body (organisme public)")
public record OrganizationView(
        @Schema(description = "Stable identifier (slug)", required = true, examples = "sct") String id,
        @Schema(required = true) BilingualText name,
        @Schema(required = true, nullable = true, examples = "SCT") String acronym,
        @Schema(description = "Other names and acronyms, including former names", required = true) List<String> aliases,
        @Schema(required = true, type = SchemaType.STRING, implementation = OrganizationType.class) String type,
        @Schema(description = "The organization it belongs to, if any", required = true, nullable = true) String parent,
        @Schema(required = true, nullable = true, format = "iri") String website,
        @Schema(description = "How many software and solutions it declares using", required = true) long usageCount,
        @Schema(required = true) long revision,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    static OrganizationView of(Organization o, long usageCount) {
        return new OrganizationView(o.id, BilingualText.of(o.nameFr, o.nameEn), o.acronym, o.aliases, o.type, o.parentId, o.website,
                usageCount, o.revision, o.createdAt, o.updatedAt);
    }
}
