package ca.quebec.catalogue.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "Who the caller is")
public record MeView(
        @Schema(required = true) boolean authenticated,
        @Schema(description = "The key's id", required = true, nullable = true) String keyId,
        @Schema(required = true, nullable = true) String organization,
        @Schema(required = true, nullable = true, enumeration = { "contributor", "curator", "admin" }) String role,
        @Schema(required = true, nullable = true) String label) {
}
