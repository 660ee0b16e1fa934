package ca.quebec.catalogue.solution;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.States;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.record.RecordEditor;
import ca.quebec.catalogue.usage.Contact;
import ca.quebec.catalogue.web.BilingualText;
import ca.quebec.catalogue.web.ETags;

/** Builds the API representation of a solution, with contacts as the caller may see them. */
@ApplicationScoped
public class SolutionViews {

    private final LicenceRegistry licences;
    private final RecordEditor editor;

    public SolutionViews(LicenceRegistry licences, RecordEditor editor) {
        this.licences = licences;
        this.editor = editor;
    }

    public SolutionView of(Solution s, boolean authenticated) {
        List<Contact> contacts = authenticated ? s.contacts : s.contacts.stream().map(Contact::redacted).toList();
        return new SolutionView(s.id, s.name, s.aliases, BilingualText.of(s.descriptionFr, s.descriptionEn),
                BilingualText.of(s.longDescriptionFr, s.longDescriptionEn), s.features, licences.describe(s.licence), s.freeSoftware,
                BilingualText.of(s.curatorNoteFr, s.curatorNoteEn), s.homepage, s.repository, s.documentation,
                s.categories.stream().sorted().toList(), s.keywords, s.platforms, s.ownerId, s.developmentStatus, s.softwareType,
                new Maintenance(s.maintenanceType, s.contractors), contacts, s.dependsOn, s.availableLanguages, s.localisationReady,
                s.publiccode != null, s.status, s.statusReason, s.usageCount, s.revision, s.createdAt, s.updatedAt);
    }

    /** What the change log compares: contacts in full (the log redacts them when an anonymous caller reads it). */
    public ObjectNode state(Solution s) {
        return States.of(of(s, true));
    }

    /** Anonymous and authenticated callers see different contacts, hence different tags. */
    public static EntityTag etag(Solution s, boolean authenticated) {
        return authenticated ? ETags.of(s.revision, s.usageCount, "full") : ETags.of(s.revision, s.usageCount);
    }

    /** The editable fields, shaped like a SolutionInput, for merge-patching. */
    public ObjectNode editable(Solution s) {
        ObjectNode node = editor.editable(s);
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
