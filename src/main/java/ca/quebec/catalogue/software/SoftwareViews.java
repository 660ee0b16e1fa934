package ca.quebec.catalogue.software;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.States;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.licence.LicenceRegistry;

/** Builds the API representation of a software record (it holds no personal data: every caller sees the same). */
@ApplicationScoped
public class SoftwareViews {

    private final LicenceRegistry licences;

    public SoftwareViews(LicenceRegistry licences) {
        this.licences = licences;
    }

    public SoftwareView of(Software s) {
        return new SoftwareView(s.id, s.name, s.aliases, BilingualText.of(s.descriptionFr, s.descriptionEn),
                licences.describe(s.licence), s.freeSoftware, BilingualText.of(s.curatorNoteFr, s.curatorNoteEn), s.homepage,
                s.repository, List.copyOf(s.categories.stream().sorted().toList()), s.keywords, s.platforms, s.status,
                s.statusReason, s.usageCount, s.revision, s.createdAt, s.updatedAt);
    }

    /** What the change log compares between two versions of a software. */
    public ObjectNode state(Software s) {
        return States.of(of(s));
    }

    /** The usage count is part of the tag: it shows in the representation and moves with usages. */
    public static String etag(Software s) {
        return Versions.tag(s.revision, s.usageCount);
    }
}
