package ca.quebec.catalogue.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** How many installations an organization declares, in the 2017 inventory's ranges. */
@Schema(name = "InstallationRange", description = "How many installations, as a range")
public enum InstallationRange implements Vocabulary {
    UP_TO_10("1-10"),
    UP_TO_50("11-50"),
    UP_TO_100("51-100"),
    UP_TO_500("101-500"),
    MORE("500+");

    private final String wire;

    InstallationRange(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
