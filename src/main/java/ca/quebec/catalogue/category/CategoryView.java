package ca.quebec.catalogue.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.BilingualText;

@Schema(name = "Category", description = "A term of the bilingual category vocabulary")
public record CategoryView(
        @Schema(description = "Stable identifier (slug)", required = true, examples = "navigateur-web") String id,
        @Schema(required = true) BilingualText name,
        @Schema(description = "How many published records are in this category", required = true) long recordCount) {
}
