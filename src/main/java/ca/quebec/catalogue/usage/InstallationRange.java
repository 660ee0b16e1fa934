package ca.quebec.catalogue.usage;

import java.util.List;

/** How many installations an organization declares, in the 2017 inventory's ranges. */
public final class InstallationRange {

    public static final List<String> WIRE_NAMES = List.of("1-10", "11-50", "51-100", "101-500", "500+");

    private InstallationRange() {
    }
}
