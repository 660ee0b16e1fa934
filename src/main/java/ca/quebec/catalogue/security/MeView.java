package ca.quebec.catalogue.security;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Role;

@Schema(name = "Me", description = "Who the caller is")
public record MeView(
        @Schema(required = true) boolean authenticated,
        @Schema(description = "The key's id", required = true, nullable = true) String keyId,
        @Schema(required = true, nullable = true) String organization,
        @Schema(required = true, nullable = true, type = SchemaType.STRING, implementation = Role.class) String role,
        @Schema(required = true, nullable = true) String label) {
}
