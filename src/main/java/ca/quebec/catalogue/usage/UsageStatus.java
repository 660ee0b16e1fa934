package ca.quebec.catalogue.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** Where an organization stands with a software it uses. */
@Schema(name = "UsageStatus", description = "planned, deploying, in production, or being retired")
public enum UsageStatus implements Vocabulary {
    PLANNED("planned"),
    DEPLOYING("deploying"),
    PRODUCTION("production"),
    RETIRING("retiring");

    private final String wire;

    UsageStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
