package ca.quebec.catalogue.software;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordKind;

/** A free software that public bodies use (Mesure 20). */
@Entity
@DiscriminatorValue("software")
public class Software extends CatalogueRecord {

    @Override
    public RecordKind kind() {
        return RecordKind.SOFTWARE;
    }
}
