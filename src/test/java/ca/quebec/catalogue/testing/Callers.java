package ca.quebec.catalogue.testing;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.SignIn;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Callers built directly, for tests of services and of the policy that do not go through HTTP. */
public final class Callers {

    private Callers() {
    }

    public static Caller contributor(String organization) {
        return new Caller("key-" + organization, organization, Role.CONTRIBUTOR, "tests", SignIn.API_KEY);
    }

    public static Caller curator() {
        return new Caller("key-curator", "sct", Role.CURATOR, "tests", SignIn.API_KEY);
    }

    public static Caller admin() {
        return new Caller("key-admin", "sct", Role.ADMIN, "tests", SignIn.API_KEY);
    }

    public static VisibilityPolicy policy(Caller caller) {
        return VisibilityPolicy.of(caller);
    }
}
