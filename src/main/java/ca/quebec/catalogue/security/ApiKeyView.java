package ca.quebec.catalogue.security;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.quebec.catalogue.kernel.Role;

@Schema(name = "ApiKey", description = "An API key. Its secret (key) is shown once, in the answer that issues it.")
public record ApiKeyView(
        @Schema(required = true) String id,
        @Schema(description = "The secret, to send as Authorization: Bearer <key>. Only in the answer to POST.") @JsonInclude(JsonInclude.Include.NON_NULL) String key,
        @Schema(description = "The first characters of the secret", required = true) String prefix,
        @Schema(description = "The organization the key acts for", required = true) String organization,
        @Schema(required = true, type = SchemaType.STRING, implementation = Role.class) String role,
        @Schema(required = true) String label,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(description = "When it was revoked; null while it is valid", required = true, nullable = true) OffsetDateTime revokedAt) {

    static ApiKeyView of(ApiKey key, String secret) {
        return new ApiKeyView(key.id, secret, key.keyPrefix, key.organizationId, key.role, key.label, key.createdAt, key.revokedAt);
    }
}
