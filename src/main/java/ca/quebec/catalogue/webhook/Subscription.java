package ca.quebec.catalogue.webhook;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ca.quebec.catalogue.persistence.StringListConverter;

/** A webhook subscription: where to send which events, for whom, and how far in the change log it has been fanned out. */
@Entity
@Table(name = "webhook_subscription")
public class Subscription {

    @Id
    public String id;

    /** The API key that made it: deliveries show what that key's holder may see, and stop when it is revoked. */
    @Column(name = "owner_key_id")
    public String ownerKeyId;

    @Column(name = "owner_organization")
    public String ownerOrganization;

    @Column(name = "owner_role")
    public String ownerRole;

    @Column(name = "owner_label")
    public String ownerLabel;

    public String url;

    @Convert(converter = StringListConverter.class)
    public List<String> events = List.of();

    @Column(name = "filter_organization")
    public String filterOrganization;

    @Column(name = "filter_kind")
    public String filterKind;

    @Column(name = "filter_software")
    public String filterSoftware;

    @Column(name = "filter_solution")
    public String filterSolution;

    @Column(name = "filter_category")
    public String filterCategory;

    /** {@code whsec_…}: needed to sign every delivery, so kept as is (API keys, which are only checked, are hashed). */
    public String secret;

    /** The last change-log seq turned into deliveries (or skipped) for this subscription. */
    @Column(name = "cursor_seq")
    public long cursorSeq;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    /** One of {@link WebhookView.DisabledReason}'s wire names. */
    @Column(name = "disabled_reason")
    public String disabledReason;

    /** What the last failing attempt met, when the worker disabled it. */
    @Column(name = "disabled_detail")
    public String disabledDetail;

    boolean active() {
        return disabledAt == null;
    }
}
