package ca.quebec.catalogue.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkUsageResult", description = "What a bulk declaration changed")
public record BulkUsageResult(
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(description = "Withdrawn by replace mode", required = true) int withdrawn,
        @Schema(required = true) int unchanged) {
}
