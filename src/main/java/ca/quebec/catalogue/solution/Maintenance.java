package ca.quebec.catalogue.solution;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Maintenance", description = "Who maintains the solution")
public record Maintenance(
        @Schema(required = true, type = SchemaType.STRING, implementation = MaintenanceType.class) String type,
        @Schema(description = "Contractors, with contract maintenance only", maxItems = 20) List<Contractor> contractors) {
}
