package ca.quebec.catalogue.kernel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Human text in French (required) and English (optional). */
@Schema(name = "BilingualText", description = "Human text: French required, English optional")
public record BilingualText(
        @Schema(description = "French text", required = true) String fr,
        @Schema(description = "English text, when there is one", nullable = true) String en) {

    /** Null when there is no text at all, so that absent stays absent. */
    public static BilingualText of(String fr, String en) {
        return fr == null && en == null ? null : new BilingualText(fr, en);
    }
}
