package ca.quebec.catalogue.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator every test's answers go through refuses drift: a property the contract does
 * not declare, a wrong type, a missing required field, a value outside an enumeration or a
 * bound, an unlisted status or media type. Were it lenient (as the one that let
 * {@code Change.patch} through was), every contract test would pass whatever the service sent.
 */
class ContractCheckTest {

    private static final String ONE = "{\"kind\":\"software\",\"id\":\"libreoffice\",\"label\":\"LibreOffice\",\"path\":\"/api/v1/software/libreoffice\"}";

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("conforms", 200, "application/json", "{\"data\":[" + ONE + "]}", true),
                Arguments.of("conforms, empty", 200, "application/json", "{\"data\":[]}", true),
                Arguments.of("an undeclared property", 200, "application/json", "{\"data\":[],\"extra\":1}", false),
                Arguments.of("an undeclared property in an item", 200, "application/json",
                        "{\"data\":[" + ONE.replace("}", ",\"score\":1.5}") + "]}", false),
                Arguments.of("a wrong type", 200, "application/json", "{\"data\":{}}", false),
                Arguments.of("a wrong type in an item", 200, "application/json", "{\"data\":[" + ONE.replace("\"LibreOffice\"", "7") + "]}", false),
                Arguments.of("a required field missing", 200, "application/json", "{\"data\":[" + ONE.replace(",\"path\":\"/api/v1/software/libreoffice\"", "") + "]}", false),
                Arguments.of("outside the enumeration", 200, "application/json", "{\"data\":[" + ONE.replace("\"software\"", "\"library\"") + "]}", false),
                Arguments.of("over maxItems", 200, "application/json", "{\"data\":[" + String.join(",", List.of(ONE, ONE, ONE, ONE, ONE, ONE, ONE, ONE, ONE, ONE, ONE)) + "]}", false),
                Arguments.of("not JSON", 200, "application/json", "{\"data\":", false),
                Arguments.of("an unlisted media type", 200, "text/csv", "a,b", false),
                Arguments.of("an unlisted status", 418, "application/problem+json", "{}", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void driftIsRefused(String name, int status, String type, String body, boolean conforms) {
        List<String> breaches = ContractCheck.instance().check("GET", "/api/v1/suggest", status, type, body);
        assertEquals(conforms, breaches.isEmpty(), name + ": " + breaches);
    }

    @Test
    void anOperationOutsideTheContractIsABreach() {
        assertFalse(ContractCheck.instance().check("GET", "/api/v1/suggestions-of-another-kind", 200, "application/json", "{}").isEmpty());
        assertTrue(ContractCheck.instance().check("GET", "/not-the-api", 200, "text/html", "<p>").isEmpty(), "pages are checked elsewhere");
    }
}
