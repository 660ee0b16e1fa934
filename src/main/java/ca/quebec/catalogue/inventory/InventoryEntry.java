package ca.quebec.catalogue.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;

import ca.quebec.catalogue.reconciliation.InventoryLine;

/**
 * One line of an inventory: the name as the tool exported it, and when known the
 * version and how many installations it counts. In JSON, a plain string is a
 * line with its name only.
 */
@Schema(name = "InventoryEntry", description = "One inventory line: its name as exported (a plain string is accepted too), "
        + "and optionally its version and installation count")
public record InventoryEntry(
        @Schema(required = true, maxLength = InventoryLine.MAX_LENGTH, description = "As the tool wrote it: 7-Zip 19.00 (x64), httpd-2.4.57-5.el9.x86_64")
        @NotBlank @Size(max = InventoryLine.MAX_LENGTH) String name,
        @Schema(maxLength = 100, description = "When the tool gives it in its own column") @Size(max = 100) String version,
        @Schema(minimum = "0", maximum = "10000000", description = "Installations this line counts") @Min(0) @Max(10_000_000) Integer count) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static InventoryEntry of(String name) {
        return new InventoryEntry(name, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public InventoryEntry {
    }
}
