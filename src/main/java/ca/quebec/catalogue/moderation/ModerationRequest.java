package ca.quebec.catalogue.moderation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModerationRequest", description = "A curator's decision on a record")
public record ModerationRequest(
        @Schema(description = "Why; required to reject or archive", maxLength = 2000) String reason) {
}
