package ca.quebec.catalogue.usage;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.States;

import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.web.BilingualText;
import ca.quebec.catalogue.web.ETags;

/** Builds the API representation of a usage, with contacts as the caller may see them. */
public final class UsageViews {

    private UsageViews() {
    }

    public static UsageView of(Usage usage, boolean authenticated) {
        boolean software = usage.record.kind() == RecordKind.SOFTWARE;
        List<Contact> contacts = authenticated ? usage.contacts : usage.contacts.stream().map(Contact::redacted).toList();
        return new UsageView(software ? usage.record.id : null, software ? null : usage.record.id, usage.organizationId,
                usage.installations, usage.versions, usage.status, usage.since, BilingualText.of(usage.useCaseFr, usage.useCaseEn),
                contacts, usage.source, usage.revision, usage.createdAt, usage.updatedAt);
    }

    /** What the change log compares between two versions of a usage (contacts in full: the log redacts on reading). */
    public static ObjectNode state(Usage usage) {
        return States.of(of(usage, true), "software", "solution", "organization");
    }

    /** Anonymous and authenticated callers see different contacts, hence different tags. */
    public static EntityTag etag(Usage usage, boolean authenticated) {
        return authenticated ? ETags.of(usage.revision, "full") : ETags.of(usage.revision);
    }
}
