package ca.quebec.catalogue.solution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** How far along the solution is (publiccode.yml developmentStatus). */
@Schema(name = "DevelopmentStatus", description = "How far along the solution is (publiccode.yml developmentStatus)")
public enum DevelopmentStatus implements Vocabulary {
    CONCEPT("concept"),
    DEVELOPMENT("development"),
    BETA("beta"),
    STABLE("stable"),
    OBSOLETE("obsolete");

    private final String wire;

    DevelopmentStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
