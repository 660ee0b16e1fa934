package ca.quebec.catalogue.security;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Role;

@Schema(name = "ApiKeyRequest", description = "The key to issue")
public record ApiKeyRequest(
        @Schema(description = "Organization id the key acts for", required = true, maxLength = 64) String organization,
        @Schema(required = true, type = SchemaType.STRING, implementation = Role.class) String role,
        @Schema(description = "What the key is for (a system, a team)", required = true, maxLength = 200) String label) {
}
