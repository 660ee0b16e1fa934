package ca.quebec.catalogue.reconciliation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** What a line's reconciliation concluded. */
@Schema(name = "Verdict", description = "match: one record, safe to declare without a human; ambiguous: candidates a person must "
        + "choose among; none: the catalogue holds nothing the line names")
public enum Verdict implements Vocabulary {
    MATCH("match"),
    AMBIGUOUS("ambiguous"),
    NONE("none");

    private final String wire;

    Verdict(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
