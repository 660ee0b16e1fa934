package ca.quebec.catalogue.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cursors are opaque to clients, so whatever they send back must be read exactly or refused. */
class CursorTest {

    static Stream<Cursor> cursors() {
        return Stream.of(
                Cursor.of("id", "gimp"),
                Cursor.of("name", "gimp", "le-gimp"),
                Cursor.of("-updatedAt", "2024-03-05T10:15:30.123456789-05:00", "libreoffice"),
                // JSON specials must survive: quotes, backslashes, control characters.
                Cursor.of("name", "il a dit \"bonjour\"", "back\\slash", "tab\there\nnewline"),
                // Unicode beyond Latin-1, including a surrogate pair.
                Cursor.of("name", "Éducation — Québec", "日本語", "😀"),
                // Empty keys are values too.
                Cursor.of("name", "", ""),
                Cursor.of("", "x"),
                Cursor.of("record", "software", "gimp", "ville-de-quebec", "42"));
    }

    @ParameterizedTest
    @MethodSource("cursors")
    void decodeReadsWhatEncodeWrote(Cursor cursor) {
        String encoded = cursor.encode();
        // base64url without padding: safe in a query string as it is.
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
        assertEquals(cursor, Cursor.decode(encoded, cursor.sort()));
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(Cursor.decode(null, "id"));
        assertNull(Cursor.decode("", "id"));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<String> malformed() {
        return Stream.of(
                "!!!garbage!!!",
                "not base64 at all",
                "%%%",
                // The standard alphabet's + and / are not base64url.
                "YQ+/",
                // base64 of things that are not JSON.
                base64("not json"),
                base64("[\"id\", \"gimp\""),
                base64("\u0000\u0001\u0002"),
                // JSON, but not an array of at least two strings.
                base64("{\"sort\":\"id\",\"keys\":[\"gimp\"]}"),
                base64("\"id\""),
                base64("[]"),
                base64("[\"id\"]"),
                base64("[\"id\",3]"),
                base64("[\"id\",null]"),
                base64("[\"id\",[\"gimp\"]]"),
                base64("[1,\"gimp\"]"),
                base64("[\"id\",{\"k\":\"gimp\"}]"),
                base64("null"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void decodeRefusesWhatItDidNotWrite(String value) {
        assertRefused(value, "id", "cursor-invalid");
    }

    @Test
    void decodeRefusesAValueLongerThanTheLimit() {
        // A well-formed cursor, just longer than the limit: refused before it is even read.
        String tooLong = Cursor.of("id", "x".repeat(1492)).encode();
        assertEquals(Cursor.MAX_LENGTH + 2, tooLong.length());
        assertRefused(tooLong, "id", "cursor-invalid");
        assertRefused("A".repeat(100_000), "id", "cursor-invalid");
    }

    @Test
    void decodeAcceptsAValueOfExactlyTheLimit() {
        // The boundary: `["id","` + 1491 x + `"]` is 1500 bytes, 2000 base64 characters.
        Cursor longest = Cursor.of("id", "x".repeat(1491));
        assertEquals(Cursor.MAX_LENGTH, longest.encode().length());
        assertEquals(longest, Cursor.decode(longest.encode(), "id"));
    }

    @Test
    void decodeRefusesACursorOfAnotherSort() {
        // The keys of one order mean nothing in another: refused rather than misread.
        assertRefused(Cursor.of("name", "gimp", "le-gimp").encode(), "-name", "cursor-other-sort");
        assertRefused(Cursor.of("id", "gimp").encode(), "name", "cursor-other-sort");
    }

    @Test
    void keyRefusesAPositionTheCursorDoesNotHave() {
        Cursor cursor = Cursor.of("name", "gimp", "le-gimp");
        assertEquals("le-gimp", cursor.key(1));
        ProblemException e = assertThrows(ProblemException.class, () -> cursor.key(2));
        assertEquals(List.of(Violation.of("cursor", "cursor-invalid")), e.violations());
    }

    private static void assertRefused(String value, String sort, String code) {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursor.decode(value, sort));
        assertEquals(400, e.status());
        assertEquals("invalid-parameter", e.type());
        assertEquals(List.of("cursor"), e.args());
        assertEquals(List.of(Violation.of("cursor", code)), e.violations());
    }

    @Test
    void theKeysAreCopied() {
        // A cursor is a value: changing the list it was built from does not change it.
        List<String> keys = new ArrayList<>(List.of("gimp"));
        Cursor cursor = new Cursor("id", keys);
        keys.set(0, "changed");
        assertEquals(List.of("gimp"), cursor.keys());
    }
}
