package ca.quebec.catalogue.security;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.SignIn;

@Schema(name = "Me", description = "Who the caller is")
public record MeView(
        @Schema(required = true) boolean authenticated,
        @Schema(description = "How the caller signed in: api-key (an API key) or oidc (an access token of the identity provider); null when anonymous",
                required = true, nullable = true, type = SchemaType.STRING, implementation = SignIn.class) String signedInWith,
        @Schema(description = "The key's id; for an access token, oidc: and its subject (what the caller's changes are recorded under)",
                required = true, nullable = true) String keyId,
        @Schema(required = true, nullable = true) String organization,
        @Schema(required = true, nullable = true, type = SchemaType.STRING, implementation = Role.class) String role,
        @Schema(description = "The key's label; for an access token, the name, user name or subject it carries", required = true, nullable = true) String label) {
}
