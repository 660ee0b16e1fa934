package ca.quebec.catalogue.webhook;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.record.RecordKind;

@Schema(name = "WebhookFilter", description = "Which changes a subscription receives: those that match every filter given")
public record WebhookFilter(
        @Schema(description = "A public body: the changes that concern it (its usage declarations, the solutions it owns, "
                + "the records it submitted, its entry in the register)", nullable = true, maxLength = 64) String organization,
        @Schema(description = "Only software, or only solutions (then no organization.* events)", nullable = true,
                type = SchemaType.STRING, implementation = RecordKind.class) String kind,
        @Schema(description = "One software, by id", nullable = true, maxLength = 100) String software,
        @Schema(description = "One solution, by id (not with software)", nullable = true, maxLength = 100) String solution,
        @Schema(description = "Records in this category, by id (then no organization.* events)", nullable = true, maxLength = 64) String category) {

    /** Whether any filter is given (not a bean property: "has" is no getter prefix). */
    boolean hasAny() {
        return organization != null || kind != null || software != null || solution != null || category != null;
    }
}
