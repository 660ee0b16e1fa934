package ca.quebec.catalogue.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** What a bulk declaration does with the organization's usages that the list omits. */
@Schema(name = "BulkMode", description = "merge: create or update the usages listed (a field an item leaves out keeps what the declaration says; an empty list clears one). replace: the same, and also withdraw the organization's other usages (of software and solutions).")
public enum BulkMode implements Vocabulary {
    MERGE("merge"),
    REPLACE("replace");

    private final String wire;

    BulkMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
