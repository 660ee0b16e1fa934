package ca.quebec.catalogue.webhook;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.quebec.catalogue.kernel.Vocabulary;

@Schema(name = "Webhook", description = "A webhook subscription. Its secret is shown once, in the answer that makes it.")
public record WebhookView(
        @Schema(required = true) String id,
        @Schema(required = true, format = "uri") String url,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = WebhookEvent.class) List<String> events,
        @Schema(required = true, nullable = true, description = "null: every change the key may see") WebhookFilter filter,
        @Schema(description = "The signing secret (whsec_ and base64 of 32 random bytes). Only in the answer to POST: keep it, "
                + "it is never shown again") @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
        @Schema(required = true, type = SchemaType.STRING, implementation = State.class) String status,
        @Schema(description = "The organization of the key that made it", required = true) String organization,
        @Schema(description = "The label of the key that made it; for an OIDC access token, oidc: and its subject", required = true, nullable = true) String keyLabel,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, nullable = true) OffsetDateTime disabledAt,
        @Schema(description = "Why it stopped: deleted by its owner; failing (a delivery failed for the whole retry window); "
                + "gone (the receiver answered 410); key-revoked", required = true, nullable = true, type = SchemaType.STRING,
                implementation = DisabledReason.class) String disabledReason,
        @Schema(description = "What the last failing attempt met (HTTP 500, timeout, refused address…)", required = true,
                nullable = true) String disabledDetail) {

    @Schema(name = "WebhookStatus")
    public enum State implements Vocabulary {
        ACTIVE("active"),
        DISABLED("disabled");

        private final String wire;

        State(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    @Schema(name = "WebhookDisabledReason")
    public enum DisabledReason implements Vocabulary {
        DELETED("deleted"),
        FAILING("failing"),
        GONE("gone"),
        KEY_REVOKED("key-revoked");

        private final String wire;

        DisabledReason(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    static WebhookView of(Subscription s, String secret) {
        WebhookFilter filter = new WebhookFilter(s.filterOrganization, s.filterKind, s.filterSoftware, s.filterSolution, s.filterCategory);
        return new WebhookView(s.id, s.url, s.events, filter.hasAny() ? filter : null, secret,
                (s.active() ? State.ACTIVE : State.DISABLED).wire(), s.ownerOrganization, s.ownerLabel, s.createdAt, s.disabledAt,
                s.disabledReason, s.disabledDetail);
    }
}
