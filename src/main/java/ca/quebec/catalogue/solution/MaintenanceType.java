package ca.quebec.catalogue.solution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** Who maintains the solution: its owner (internal), a contractor, a community, or nobody. */
@Schema(name = "MaintenanceType", description = "Who maintains the solution: its owner (internal), a contractor, a community, or nobody")
public enum MaintenanceType implements Vocabulary {
    INTERNAL("internal"),
    CONTRACT("contract"),
    COMMUNITY("community"),
    NONE("none");

    private final String wire;

    MaintenanceType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
