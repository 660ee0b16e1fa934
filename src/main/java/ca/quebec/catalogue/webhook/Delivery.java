package ca.quebec.catalogue.webhook;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event owed to one subscription, and where its delivery stands. */
@Entity
@Table(name = "webhook_delivery")
public class Delivery {

    /** The webhook-id header: the same on every attempt, so that receivers can drop a duplicate. */
    @Id
    public String id;

    @Column(name = "subscription_id")
    public String subscriptionId;

    /** The change-log seq of the change this event is. */
    public long seq;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "record_kind")
    public String recordKind;

    @Column(name = "record_id")
    public String recordId;

    public String subject;

    /** The body, written once when the event is queued, so that every attempt sends (and signs) the same bytes. */
    public String payload;

    /** One of {@link DeliveryView.Status}'s wire names. */
    public String status;

    public int attempts;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "first_attempt_at")
    public OffsetDateTime firstAttemptAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    /** The instance sending it now (or last), and until when no other may. */
    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    /** The webhook-id of an event for a subscription: stable, and without the dots the signed content uses as separators. */
    static String idOf(String subscriptionId, long seq) {
        return "msg_" + subscriptionId + "_" + seq;
    }
}
