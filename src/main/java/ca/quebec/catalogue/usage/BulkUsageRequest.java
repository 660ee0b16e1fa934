package ca.quebec.catalogue.usage;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization's usages, all applied or none. Jackson binds it (an unknown
 * field or a wrong type is refused at its JSON pointer), Bean Validation checks
 * its shape, and the service checks each item against the catalogue.
 */
@Schema(name = "BulkUsageRequest", description = "An organization's usages, all applied or none")
public record BulkUsageRequest(
        @Schema(required = true) @NotNull BulkMode mode,
        @Schema(required = true, maxItems = BulkUsageRequest.MAX) @NotNull @Size(max = BulkUsageRequest.MAX) List<@NotNull BulkUsageItem> usages) {

    /** The most usages one request may carry: a large body's whole inventory. */
    public static final int MAX = 5000;
}
