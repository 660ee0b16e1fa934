package ca.quebec.catalogue.webhook;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

@Schema(name = "WebhookDelivery", description = "One event owed to a subscription, and where its delivery stands")
public record DeliveryView(
        @Schema(description = "The webhook-id header: the same on every attempt", required = true) String id,
        @Schema(description = "The event type", required = true, type = SchemaType.STRING, implementation = WebhookEvent.class) String type,
        @Schema(description = "The change's sequence number in the change log (/api/v1/changes)", required = true) long seq,
        @Schema(description = "software, solution or organization", required = true) String kind,
        @Schema(description = "The record's or the body's id", required = true) String record,
        @Schema(description = "What inside the record changed (usages/{organization}); null for the record itself", required = true,
                nullable = true) String subject,
        @Schema(required = true, type = SchemaType.STRING, implementation = Status.class) String status,
        @Schema(description = "Attempts made so far", required = true) int attempts,
        @Schema(description = "When the event was queued", required = true) OffsetDateTime createdAt,
        @Schema(required = true, nullable = true) OffsetDateTime lastAttemptAt,
        @Schema(description = "When the next attempt is due; null once delivered, failed or cancelled", required = true,
                nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(required = true, nullable = true) OffsetDateTime deliveredAt,
        @Schema(description = "The receiver's HTTP status at the last attempt; null when none came back", required = true,
                nullable = true) Integer lastStatusCode,
        @Schema(description = "What went wrong at the last attempt (HTTP 500, timeout, connection refused, refused address…)",
                required = true, nullable = true) String lastError) {

    /** pending (due or waiting for a retry), delivered (a 2xx came back), failed (given up), cancelled (the subscription stopped first). */
    @Schema(name = "WebhookDeliveryStatus")
    public enum Status implements Vocabulary {
        PENDING("pending"),
        DELIVERED("delivered"),
        FAILED("failed"),
        CANCELLED("cancelled");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.eventType, d.seq, d.recordKind, d.recordId, d.subject, d.status, d.attempts, d.createdAt,
                d.lastAttemptAt, d.nextAttemptAt, d.deliveredAt, d.lastStatusCode, d.lastError);
    }
}
