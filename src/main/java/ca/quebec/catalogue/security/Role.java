package ca.quebec.catalogue.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an API key may do. Each role includes the ones before it. */
public enum Role {
    /** Acts for its own organization: declares its usages, submits records. */
    CONTRIBUTOR("contributor"),
    /** Moderates submissions and edits every record. */
    CURATOR("curator"),
    /** Issues and revokes keys; also a curator. */
    ADMIN("admin");

    public static final List<String> WIRE_NAMES = Arrays.stream(values()).map(r -> r.wire).toList();

    public final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Role> fromWire(String value) {
        return Arrays.stream(values()).filter(r -> r.wire.equals(value)).findFirst();
    }
}
