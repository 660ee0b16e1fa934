package ca.quebec.catalogue.changes;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.SignIn;

/**
 * Who made a change: the organization, the role, and the label of the key it used or,
 * for an OIDC access token, {@code oidc:} and the token's subject (a stable identifier
 * that the identity provider can trace to a person, never the person's name, and never
 * the token itself).
 */
public record Actor(String organization, String role, String label) {

    public static Actor of(Caller caller) {
        return new Actor(caller.organization(), caller.role() == null ? null : caller.role().wire(),
                caller.signedInWith() == SignIn.OIDC ? caller.keyId() : caller.label());
    }

    /** Changes made by loading a seed inventory at first start. */
    public static Actor seed(String source) {
        return new Actor(null, "seed", source);
    }
}
