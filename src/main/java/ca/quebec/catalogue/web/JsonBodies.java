package ca.quebec.catalogue.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Binds JSON that has already been parsed (a merge-patched record, one item of
 * a bulk request) to an input record, turning Jackson's complaints into
 * violations that name the field.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> T bind(ObjectMapper json, JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(violation(e, ""));
        }
    }

    /** The violation a binding failure amounts to, under a pointer prefix (e.g. {@code /usages/3}). */
    public static Violation violation(JsonProcessingException e, String prefix) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Violation.of(prefix + JsonPointers.of(unknown), "unknown-field", unknown.getPropertyName());
        }
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String text && text.indexOf('\0') >= 0) {
            return Violation.of(prefix + JsonPointers.of(format), "control-character");
        }
        if (e instanceof InvalidFormatException format) {
            return Violation.of(prefix + JsonPointers.of(format), "wrong-type", JsonPointers.expected(format));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return Violation.of(prefix + JsonPointers.of(mismatch), "wrong-type", JsonPointers.expected(mismatch));
        }
        if (e instanceof JsonMappingException mapping) {
            return Violation.of(prefix + JsonPointers.of(mapping), "unreadable-value");
        }
        return Violation.of(prefix, "unreadable-value");
    }
}
