package ca.quebec.catalogue.kernel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may do. Each role includes the ones before it. */
@Schema(name = "Role", description = "contributor acts for its own organization; curator moderates and edits everything; admin also keeps keys and bodies")
public enum Role implements Vocabulary {
    /** Acts for its own organization: declares its usages, submits records. */
    CONTRIBUTOR("contributor"),
    /** Moderates submissions and edits every record. */
    CURATOR("curator"),
    /** Issues and revokes keys, keeps the register of public bodies; also a curator. */
    ADMIN("admin");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
