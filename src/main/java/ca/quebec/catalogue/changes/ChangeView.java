package ca.quebec.catalogue.changes;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One committed change, as the change log keeps it")
public record ChangeView(
        @Schema(description = "Global sequence number: increasing in commit order across the whole catalogue", required = true) long seq,
        @Schema(required = true) OffsetDateTime occurredAt,
        @Schema(description = "software or solution", required = true) String kind,
        @Schema(description = "The record's id", required = true) String id,
        @Schema(description = "What inside the record changed, e.g. usages/sct; null for the record itself", required = true, nullable = true) String subject,
        @Schema(required = true, examples = "updated", enumeration = { "created", "submitted", "updated", "approved", "rejected", "archived", "usage-declared", "usage-updated", "usage-withdrawn" }) String action,
        @Schema(description = "The record's (or the usage's) revision after the change", required = true) long revision,
        @Schema(description = "The organization of the key or access token that made the change; null for the seed", required = true, nullable = true) String organization,
        @Schema(description = "contributor, curator, admin, or seed", required = true, nullable = true) String role,
        @Schema(description = "The label of the key that made the change; for an OIDC access token, oidc: and its subject", required = true, nullable = true) String keyLabel,
        @Schema(description = "What changed: an RFC 7396 JSON merge patch from the previous state (null: the usage was withdrawn)", required = true, nullable = true, implementation = ChangeView.Patch.class) JsonNode patch) {

    /** How the contract shows a patch: any JSON object (its members are the record's, as they changed). */
    @Schema(name = "MergePatch", type = SchemaType.OBJECT, description = "An RFC 7396 JSON merge patch: the members that changed, null for a member removed",
            additionalProperties = Schema.True.class)
    static final class Patch {
        private Patch() {
        }
    }
}
