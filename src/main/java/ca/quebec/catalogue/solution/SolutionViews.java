package ca.quebec.catalogue.solution;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.States;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.record.RecordRules;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Builds the API representation of a solution, with contacts as the caller may see them. */
@ApplicationScoped
public class SolutionViews {

    private final LicenceRegistry licences;
    private final RecordRules rules;

    public SolutionViews(LicenceRegistry licences, RecordRules rules) {
        this.licences = licences;
        this.rules = rules;
    }

    public SolutionView of(Solution s, VisibilityPolicy policy) {
        return new SolutionView(s.id, s.name, s.aliases, BilingualText.of(s.descriptionFr, s.descriptionEn),
                BilingualText.of(s.longDescriptionFr, s.longDescriptionEn), s.features, licences.describe(s.licence), s.freeSoftware,
                BilingualText.of(s.curatorNoteFr, s.curatorNoteEn), s.homepage, s.repository, s.documentation,
                s.categories.stream().sorted().toList(), s.keywords, s.platforms, s.ownerId, s.developmentStatus, s.softwareType,
                new Maintenance(s.maintenanceType, s.contractors), policy.contacts(s.contacts), s.dependsOn, s.availableLanguages, s.localisationReady,
                s.publiccode != null, s.status, s.statusReason, s.usageCount, s.revision, s.createdAt, s.updatedAt);
    }

    /** What the change log compares: contacts in full (the log redacts them when an anonymous caller reads it). */
    public ObjectNode state(Solution s) {
        return States.of(of(s, VisibilityPolicy.FULL));
    }

    /**
     * For callers who see everything, the revision (what If-Match names); for the others,
     * a digest of what they see, so that a change to a private contact alone leaves their
     * copy current (and tells them nothing).
     */
    public String etag(Solution s, VisibilityPolicy policy) {
        return policy.seesPersonalDetails() ? Versions.tag(s.revision, s.usageCount, "full")
                : Versions.weakOfContent(StoredJson.bytes(States.of(of(s, policy))));
    }

    /** The editable fields, shaped like a SolutionInput, for merge-patching. */
    public ObjectNode editable(Solution s) {
        ObjectNode node = rules.editable(s);
        node.set("longDescription", StoredJson.MAPPER.valueToTree(BilingualText.of(s.longDescriptionFr, s.longDescriptionEn)));
        node.set("features", StoredJson.MAPPER.valueToTree(s.features));
        node.put("documentation", s.documentation);
        node.put("owner", s.ownerId);
        node.put("developmentStatus", s.developmentStatus);
        node.put("softwareType", s.softwareType);
        node.set("maintenance", StoredJson.MAPPER.valueToTree(new Maintenance(s.maintenanceType, s.contractors)));
        node.set("contacts", StoredJson.MAPPER.valueToTree(s.contacts));
        node.set("dependsOn", StoredJson.MAPPER.valueToTree(s.dependsOn));
        node.set("availableLanguages", StoredJson.MAPPER.valueToTree(s.availableLanguages));
        node.put("localisationReady", s.localisationReady);
        return node;
    }
}
