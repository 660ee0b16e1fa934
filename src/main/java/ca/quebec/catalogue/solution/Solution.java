package ca.quebec.catalogue.solution;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import ca.quebec.catalogue.persistence.StringListConverter;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.visibility.Contact;
import ca.quebec.catalogue.visibility.ContactListConverter;

/** A solution that a public body owns and others can reuse (Mesure 21). */
@Entity
@DiscriminatorValue("solution")
public class Solution extends CatalogueRecord {

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "development_status")
    public String developmentStatus;

    @Column(name = "software_type")
    public String softwareType;

    @Column(name = "maintenance_type")
    public String maintenanceType;

    @Column(name = "maintenance_contractors")
    @Convert(converter = JsonColumns.Contractors.class)
    public List<Contractor> contractors = List.of();

    /** Reuse contacts; anonymous callers see the public ones only. */
    @Convert(converter = ContactListConverter.class)
    public List<Contact> contacts = List.of();

    public String documentation;

    /** Ids of catalogue software the solution needs. */
    @Column(name = "depends_on")
    @Convert(converter = StringListConverter.class)
    public List<String> dependsOn = List.of();

    @Column(name = "long_description_fr")
    public String longDescriptionFr;

    @Column(name = "long_description_en")
    public String longDescriptionEn;

    @Convert(converter = JsonColumns.FeatureLists.class)
    public Features features = Features.NONE;

    @Column(name = "available_languages")
    @Convert(converter = StringListConverter.class)
    public List<String> availableLanguages = List.of();

    @Column(name = "localisation_ready")
    public Boolean localisationReady;

    /** The publiccode.yml it was imported from, as sent; null when it was not imported. */
    public String publiccode;

    /** The rest of the imported file, which has no column of its own (JSON of a PubliccodeSolution). */
    @Column(name = "publiccode_details")
    public String publiccodeDetails;

    @Override
    public RecordKind kind() {
        return RecordKind.SOLUTION;
    }
}
