package ca.quebec.catalogue.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;

/** RFC 7386 merge patches: what the change log stores and what PATCH applies. */
class MergePatchTest {

    // Strict like the application's mapper: an unknown field must reach patched() as a binding failure.
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** A small input type, so that binding is tested without a real record's rules. */
    record Thing(String name, Integer size, List<String> tags) {
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    // The merge rules of RFC 7386 section 2, case by case (the same cases as its appendix A).
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}                 | {\"a\":\"c\"}                          | {\"a\":\"c\"}",
            "{\"a\":\"b\"}                 | {\"b\":\"c\"}                          | {\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}                 | {\"a\":null}                           | {}",
            "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}                           | {\"b\":\"c\"}",
            "{\"a\":[\"b\"]}               | {\"a\":\"c\"}                          | {\"a\":\"c\"}",
            "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}                        | {\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}}       | {\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}                            | {\"a\":[1]}",
            "[\"a\",\"b\"]                 | [\"c\",\"d\"]                          | [\"c\",\"d\"]",
            "{\"a\":\"b\"}                 | [\"c\"]                                | [\"c\"]",
            "{\"a\":\"foo\"}               | null                                   | null",
            "{\"a\":\"foo\"}               | \"bar\"                                | \"bar\"",
            "{\"e\":null}                  | {\"a\":1}                              | {\"e\":null,\"a\":1}",
            "[1,2]                         | {\"a\":\"b\",\"c\":null}               | {\"a\":\"b\"}",
            "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}}        | {\"a\":{\"bb\":{}}}",
            // Arrays are values, never merged element by element.
            "{\"a\":[1,2,3]}               | {\"a\":[4]}                            | {\"a\":[4]}",
            // Nested objects are merged: untouched siblings stay.
            "{\"d\":{\"fr\":\"x\",\"en\":\"y\"},\"n\":1} | {\"d\":{\"en\":\"z\"}}      | {\"d\":{\"fr\":\"x\",\"en\":\"z\"},\"n\":1}",
            // An empty patch changes nothing.
            "{\"a\":1}                     | {}                                     | {\"a\":1}" })
    void applyFollowsRfc7386(String target, String patch, String result) {
        JsonNode before = json(target);
        JsonNode merge = json(patch);
        assertEquals(json(result), MergePatch.apply(before, merge));
        // Both inputs are left untouched: the change log keeps them.
        assertEquals(json(target), before);
        assertEquals(json(patch), merge);
    }

    @Test
    void applyToNoTargetStartsFromAnEmptyObject() {
        // A creation: no previous state, and nulls in the patch remove nothing.
        assertEquals(json("{\"a\":1,\"b\":{\"c\":2}}"), MergePatch.apply(null, json("{\"a\":1,\"b\":{\"c\":2},\"x\":null}")));
    }

    // diff gives the smallest patch, and applying it to the old state gives the new one.
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // A field changed, added, removed.
            "{\"a\":1,\"b\":2}                  | {\"a\":1,\"b\":3}              | {\"b\":3}",
            "{\"a\":1}                          | {\"a\":1,\"b\":\"new\"}        | {\"b\":\"new\"}",
            "{\"a\":1,\"b\":2}                  | {\"a\":1}                      | {\"b\":null}",
            // Nested: only what changed inside, a removed nested field as null.
            "{\"d\":{\"fr\":\"x\",\"en\":\"y\"}} | {\"d\":{\"fr\":\"x\",\"en\":\"z\"}} | {\"d\":{\"en\":\"z\"}}",
            "{\"d\":{\"fr\":\"x\",\"en\":\"y\"}} | {\"d\":{\"fr\":\"x\"}}        | {\"d\":{\"en\":null}}",
            // Arrays are replaced whole.
            "{\"t\":[1,2,3]}                    | {\"t\":[1,3]}                  | {\"t\":[1,3]}",
            "{\"t\":[]}                         | {\"t\":[\"a\"]}                | {\"t\":[\"a\"]}",
            // A value changing type.
            "{\"a\":{\"b\":1}}                  | {\"a\":2}                      | {\"a\":2}",
            "{\"a\":2}                          | {\"a\":{\"b\":1}}              | {\"a\":{\"b\":1}}",
            // Not objects on both sides: the new state is the patch.
            "[1]                                | {\"a\":1}                      | {\"a\":1}",
            "{\"a\":1}                          | [1]                            | [1]",
            "\"text\"                           | 3                              | 3" })
    void diffIsTheSmallestPatchAndApplyingItGivesTheNewState(String before, String after, String expectedPatch) {
        JsonNode patch = MergePatch.diff(json(before), json(after));
        assertEquals(json(expectedPatch), patch);
        assertEquals(json(after), MergePatch.apply(json(before), patch));
    }

    @Test
    void diffFromNothingIsTheWholeNewState() {
        // A creation: the change log stores the full record.
        JsonNode after = json("{\"name\":\"GIMP\",\"tags\":[\"image\"],\"d\":{\"fr\":\"x\"}}");
        JsonNode patch = MergePatch.diff(null, after);
        assertEquals(after, patch);
        assertEquals(after, MergePatch.apply(null, patch));
    }

    @Test
    void diffToNothingIsJsonNull() {
        // A deletion: applying the patch leaves JSON null, not an empty object.
        JsonNode patch = MergePatch.diff(json("{\"a\":1}"), null);
        assertEquals(json("null"), patch);
        assertEquals(json("null"), MergePatch.apply(json("{\"a\":1}"), patch));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}",
            "{\"a\":1}",
            "{\"a\":[1,2],\"b\":{\"c\":{\"d\":\"e\"}},\"f\":null}" })
    void diffOfEqualObjectsIsEmpty(String state) {
        assertEquals(json("{}"), MergePatch.diff(json(state), json(state)));
    }

    @Test
    void diffIgnoresFieldOrder() {
        // Objects are unordered in JSON: reordering is no change.
        assertEquals(json("{}"), MergePatch.diff(json("{\"a\":1,\"b\":{\"x\":1,\"y\":2}}"), json("{\"b\":{\"y\":2,\"x\":1},\"a\":1}")));
    }

    private static ObjectNode editable() {
        return (ObjectNode) json("{\"name\":\"Alpha\",\"size\":1,\"tags\":[\"x\"]}");
    }

    @Test
    void patchedMergesThenBinds() {
        ObjectNode editable = editable();
        Thing thing = MergePatch.patched(editable, json("{\"size\":2,\"tags\":null}"), List.of("id"), Thing.class, JSON);
        assertEquals(new Thing("Alpha", 2, null), thing);
        // The record's editable state is not modified by patching it.
        assertEquals(editable(), editable);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "[]", "[{\"size\":2}]", "\"size\"", "3", "true", "null" })
    void patchedRefusesABodyThatIsNotAnObject(String body) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> MergePatch.patched(editable(), json(body), List.of("id"), Thing.class, JSON));
        assertEquals(400, e.status());
        assertEquals("malformed-body", e.type());
        assertEquals(List.of(Violation.of("", "body-expected-object")), e.violations());
    }

    @Test
    void patchedRefusesNoBodyAtAll() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> MergePatch.patched(editable(), null, List.of("id"), Thing.class, JSON));
        assertEquals(400, e.status());
        assertEquals("malformed-body", e.type());
    }

    @Test
    void patchedRefusesAReadOnlyField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> MergePatch.patched(editable(), json("{\"id\":\"other\",\"name\":\"Beta\"}"), List.of("id", "status"), Thing.class, JSON));
        assertEquals(422, e.status());
        assertEquals("validation-failed", e.type());
        assertEquals(List.of(Violation.of("/id", "read-only")), e.violations());
    }

    @Test
    void patchedRefusesRemovingAReadOnlyFieldAndListsEveryOne() {
        // null means "remove" in a merge patch: removing the id is a write to it too.
        ProblemException e = assertThrows(ProblemException.class,
                () -> MergePatch.patched(editable(), json("{\"status\":\"published\",\"id\":null}"), List.of("id", "status"), Thing.class, JSON));
        assertEquals(422, e.status());
        assertEquals(List.of(Violation.of("/id", "read-only"), Violation.of("/status", "read-only")), e.violations());
    }

    @Test
    void patchedNamesAnUnknownField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> MergePatch.patched(editable(), json("{\"colour\":\"red\"}"), List.of("id"), Thing.class, JSON));
        assertEquals(422, e.status());
        assertEquals("validation-failed", e.type());
        assertEquals(List.of(Violation.of("/colour", "unknown-field", "colour")), e.violations());
    }

    @Test
    void patchedNamesAValueOfTheWrongType() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> MergePatch.patched(editable(), json("{\"size\":\"big\"}"), List.of("id"), Thing.class, JSON));
        assertEquals(422, e.status());
        assertEquals(List.of(Violation.of("/size", "wrong-type", "number")), e.violations());
    }
}
