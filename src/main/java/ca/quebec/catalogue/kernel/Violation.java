package ca.quebec.catalogue.kernel;

import java.util.List;

/**
 * A refused value before its message is rendered: the message depends on the
 * caller's language, which only the HTTP layer knows.
 *
 * @param field JSON pointer into the body (e.g. {@code /usages/17/software}) or
 *              the name of the query parameter or header
 * @param code  stable machine code, also the message key ({@code violation.<code>})
 * @param args  values for the message
 */
public record Violation(String field, String code, List<Object> args) {

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args));
    }

    /** The same violation under a parent pointer, e.g. {@code /usages/3} + {@code /software}. */
    public Violation under(String prefix) {
        return new Violation(prefix + field, code, args);
    }
}
