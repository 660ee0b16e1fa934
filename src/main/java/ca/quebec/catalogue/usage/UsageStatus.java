package ca.quebec.catalogue.usage;

import java.util.List;

/** Where an organization stands with a software it uses. */
public final class UsageStatus {

    public static final List<String> WIRE_NAMES = List.of("planned", "deploying", "production", "retiring");

    private UsageStatus() {
    }
}
