package ca.quebec.catalogue.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Checks;

@Schema(name = "WebhookInput", description = "A subscription to make. Unknown fields are refused.")
public record WebhookInput(
        @Schema(description = "Where to POST the events: an https URL whose host resolves to public addresses only (never "
                + "a private, loopback, link-local, unique-local or multicast one); no credentials, no fragment", required = true,
                maxLength = Checks.URL_MAX, format = "uri", examples = "https://integration.exemple.qc.ca/catalogue/webhooks") String url,
        @Schema(description = "The event types to receive, at least one, each once", required = true, type = SchemaType.ARRAY,
                implementation = WebhookEvent.class, minItems = 1, maxItems = WebhookInput.EVENTS_MAX, uniqueItems = true) List<String> events,
        @Schema(description = "Only the changes that match every filter given; none: every change the key may see",
                nullable = true) WebhookFilter filter) {

    /** Each event type once at most. */
    static final int EVENTS_MAX = 11;

    static final WebhookInput EMPTY = new WebhookInput(null, null, null);
}
