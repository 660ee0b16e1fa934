package ca.quebec.catalogue.dcat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.visibility.Contact;

/**
 * What the export says, read from the database once per change-log position and
 * already cut to what anonymous callers may see: published records, public contacts.
 *
 * @param seq       the change-log position it was read at
 * @param modified  when that change was committed (null for an empty log)
 * @param publisher the body that publishes the catalogue
 * @param agents    the bodies that own a solution, by id
 */
public record DcatCatalogue(long seq, OffsetDateTime modified, Agent publisher, List<Theme> themes, List<Asset> assets,
        Map<String, Agent> agents) {

    /** A public body, as a foaf:Agent. */
    public record Agent(String id, String nameFr, String nameEn, String website) {
    }

    /** A category of the catalogue's vocabulary, as a SKOS concept. */
    public record Theme(String id, String labelFr, String labelEn) {
    }

    /**
     * A published software or solution.
     *
     * @param licence    the SPDX expression, or null when unknown
     * @param licenceIds the SPDX list identifiers the expression names
     * @param owner      the owner body's id (solutions), else null
     * @param contacts   the contacts anyone may see, whole
     */
    public record Asset(RecordKind kind, String id, String name, String descriptionFr, String descriptionEn, String licence,
            Set<String> licenceIds, String homepage, String repository, String documentation, List<String> keywords,
            List<String> categories, String owner, String developmentStatus, List<Contact> contacts, OffsetDateTime issued,
            OffsetDateTime modified) {
    }
}
