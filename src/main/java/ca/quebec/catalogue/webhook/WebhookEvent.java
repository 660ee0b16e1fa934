package ca.quebec.catalogue.webhook;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.changes.Change;
import ca.quebec.catalogue.kernel.Vocabulary;
import ca.quebec.catalogue.record.RecordKind;

/**
 * The event types a subscription may ask for: one per kind of change the change log
 * records for software, solutions and public bodies, named as Standard Webhooks
 * recommends (dot-separated, {@code [a-z_]} words). API keys and webhooks themselves
 * are logged too, but are never events.
 */
@Schema(name = "WebhookEvent", description = "record.* for software and solutions (data.kind tells which), usage.* for "
        + "usage declarations, organization.* for the register of public bodies")
public enum WebhookEvent implements Vocabulary {
    RECORD_CREATED("record.created"),
    RECORD_SUBMITTED("record.submitted"),
    RECORD_UPDATED("record.updated"),
    RECORD_APPROVED("record.approved"),
    RECORD_REJECTED("record.rejected"),
    RECORD_ARCHIVED("record.archived"),
    USAGE_DECLARED("usage.declared"),
    USAGE_UPDATED("usage.updated"),
    USAGE_WITHDRAWN("usage.withdrawn"),
    ORGANIZATION_CREATED("organization.created"),
    ORGANIZATION_UPDATED("organization.updated");

    static final String ORGANIZATION = "organization";
    static final String USAGES = "usages/";

    private final String wire;

    WebhookEvent(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The event a change is, if it is one: {@code usage-declared} on a record is {@code usage.declared}. */
    static Optional<WebhookEvent> of(Change change) {
        String group;
        if (isRecord(change.recordKind)) {
            group = change.subject != null && change.subject.startsWith(USAGES) ? "usage" : change.subject == null ? "record" : null;
        } else {
            group = ORGANIZATION.equals(change.recordKind) && change.subject == null ? ORGANIZATION : null;
        }
        if (group == null || change.action == null) {
            return Optional.empty();
        }
        String action = change.action.startsWith("usage-") ? change.action.substring("usage-".length()) : change.action;
        return Vocabulary.parse(WebhookEvent.class, group + "." + action.toLowerCase(Locale.ROOT));
    }

    static boolean isRecord(String kind) {
        return Vocabulary.contains(RecordKind.class, kind);
    }
}
