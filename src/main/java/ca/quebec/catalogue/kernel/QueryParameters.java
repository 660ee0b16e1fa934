package ca.quebec.catalogue.kernel;

import java.util.List;

/**
 * Query parameters are taken as strings and read here, so that a bad value is a
 * 400 naming the parameter (JAX-RS would answer 404 for a query parameter it
 * cannot convert).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Boolean bool(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badParameter(parameter, "boolean", value);
        };
    }

    /** A value from a closed list, or null when absent. */
    public static String oneOf(String parameter, String value, List<String> allowed) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ProblemException.badParameter(parameter, "enum", value, String.join(", ", allowed));
        }
        return value;
    }

    /** A word of a vocabulary, or null when absent. */
    public static <E extends Enum<E> & Vocabulary> E oneOf(String parameter, String value, Class<E> vocabulary) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Vocabulary.parse(vocabulary, value).orElseThrow(() -> ProblemException.badParameter(parameter, "enum", value,
                String.join(", ", Vocabulary.words(vocabulary))));
    }
}
