package ca.quebec.catalogue.changes;

import ca.quebec.catalogue.kernel.Caller;

/** Who made a change: the organization, the role and the label of the key it used. */
public record Actor(String organization, String role, String label) {

    public static Actor of(Caller caller) {
        return new Actor(caller.organization(), caller.role() == null ? null : caller.role().wire(), caller.label());
    }

    /** Changes made by loading a seed inventory at first start. */
    public static Actor seed(String source) {
        return new Actor(null, "seed", source);
    }
}
