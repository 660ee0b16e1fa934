package ca.quebec.catalogue.usage;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.States;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Builds the API representation of a usage, with contacts as the policy lets the caller see them. */
public final class UsageViews {

    private UsageViews() {
    }

    public static UsageView of(Usage usage, VisibilityPolicy policy) {
        boolean software = usage.record.kind() == RecordKind.SOFTWARE;
        return new UsageView(software ? usage.record.id : null, software ? null : usage.record.id, usage.organizationId,
                usage.installations, usage.versions, usage.status, usage.since, BilingualText.of(usage.useCaseFr, usage.useCaseEn),
                policy.contacts(usage.contacts), usage.source, usage.revision, usage.createdAt, usage.updatedAt);
    }

    /** What the change log compares between two versions of a usage (contacts in full: the log redacts on reading). */
    public static ObjectNode state(Usage usage) {
        return States.of(of(usage, VisibilityPolicy.FULL), "software", "solution", "organization");
    }

    /**
     * For callers who see everything, the revision (what If-Match names); for the others,
     * a digest of what they see, so that a change to a private contact alone leaves their
     * copy current (and tells them nothing).
     */
    static String etag(Usage usage, VisibilityPolicy policy) {
        return policy.seesPersonalDetails() ? Versions.tag(usage.revision, "full")
                : Versions.weakOfContent(StoredJson.bytes(States.of(of(usage, policy))));
    }
}
