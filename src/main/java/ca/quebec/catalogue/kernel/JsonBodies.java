package ca.quebec.catalogue.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Binds JSON that has already been parsed (a merge-patched record) to an input
 * record, turning Jackson's complaints into violations that name the field. The
 * HTTP edge uses the same translation for bodies Jackson binds itself.
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
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String && "lone surrogate".equals(format.getOriginalMessage())) {
            return Violation.of(prefix + JsonPointers.of(format), "lone-surrogate");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return Violation.of(prefix + JsonPointers.of(format), "enum", String.valueOf(format.getValue()), words(format.getTargetType()));
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

    private static String words(Class<?> enumType) {
        return String.join(", ", java.util.Arrays.stream(enumType.getEnumConstants())
                .map(c -> c instanceof Vocabulary word ? word.wire() : ((Enum<?>) c).name()).toList());
    }
}
