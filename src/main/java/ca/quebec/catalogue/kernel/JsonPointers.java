package ca.quebec.catalogue.kernel;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** JSON pointers (RFC 6901) for the place in a request body where Jackson stopped. */
final class JsonPointers {

    private JsonPointers() {
    }

    static String of(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** The JSON type a field expected, in words a client developer knows. */
    static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "?";
        }
        if (target == String.class || target.isEnum()) {
            return "string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "number";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "array";
        }
        return "object";
    }
}
