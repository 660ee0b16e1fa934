package ca.quebec.catalogue.usage;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the bulk body; the service reads it item by item to report every bad item. */
@Schema(name = "BulkUsageRequest", description = "An organization's usages, all applied or none")
public record BulkUsageRequest(
        @Schema(description = "merge: create or update the usages listed. replace: also withdraw the organization's other usages (of software and solutions).", required = true, enumeration = { "merge", "replace" }) String mode,
        @Schema(required = true, maxItems = UsageService.BULK_MAX) List<BulkUsageItem> usages) {
}
