package ca.quebec.catalogue.changes;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.JsonBodies;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;

/** RFC 7386 JSON merge patches: what turns one state of a record into the next. */
public final class MergePatch {

    private MergePatch() {
    }

    /** The patch from {@code before} (null for a creation) to {@code after} (null for a removal). */
    public static JsonNode diff(JsonNode before, JsonNode after) {
        if (after == null || after.isNull()) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (before == null || !before.isObject() || !after.isObject()) {
            return after.deepCopy();
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = after.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode old = before.get(field.getKey());
            if (old == null || !old.equals(field.getValue())) {
                patch.set(field.getKey(), old != null && old.isObject() && field.getValue().isObject()
                        ? diff(old, field.getValue()) : field.getValue().deepCopy());
            }
        }
        Iterator<String> names = before.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!after.has(name)) {
                patch.putNull(name);
            }
        }
        return patch;
    }

    /**
     * A PATCH body applied to the editable fields of a record or a body, bound to
     * the input type to check like a new submission. A body that is not an object is
     * a 400; fields a patch may not set (the id, the status, bookkeeping) are a 422.
     */
    public static <I> I patched(ObjectNode editable, JsonNode patch, List<String> readOnly, Class<I> inputType, ObjectMapper json) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "malformed-body", List.of(), List.of(Violation.of("", "body-expected-object")), null, null);
        }
        Checks checks = new Checks();
        for (String field : readOnly) {
            if (patch.has(field)) {
                checks.add(Violation.of("/" + field, "read-only"));
            }
        }
        checks.orThrow();
        return JsonBodies.bind(json, apply(editable, patch), inputType);
    }

    /** Applies a merge patch to a target (both left untouched), as RFC 7386 section 2 describes. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
