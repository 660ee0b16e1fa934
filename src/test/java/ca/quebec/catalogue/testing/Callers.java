package ca.quebec.catalogue.testing;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Callers built directly, for tests of services and of the policy that do not go through HTTP. */
public final class Callers {

    private Callers() {
    }

    public static Caller contributor(String organization) {
        return new Caller("key-" + organization, organization, Role.CONTRIBUTOR, "tests");
    }

    public static Caller curator() {
        return new Caller("key-curator", "sct", Role.CURATOR, "tests");
    }

    public static Caller admin() {
        return new Caller("key-admin", "sct", Role.ADMIN, "tests");
    }

    public static VisibilityPolicy policy(Caller caller) {
        return VisibilityPolicy.of(caller);
    }
}
