package ca.quebec.catalogue.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import ca.quebec.catalogue.kernel.Cursor;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.persistence.Keyset.Key;
import ca.quebec.catalogue.software.Software;

/**
 * Each record order writes its keys into a cursor and reads them back as the
 * column's type: a key that does not survive the trip would skip or repeat rows.
 */
class RecordSortTest {

    private static final String ALL = "id, name, -name, usageCount, -usageCount, updatedAt, -updatedAt";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "id,          ID",
            "name,        NAME",
            "-name,       NAME_DESC",
            "usageCount,  USAGE_COUNT",
            "-usageCount, USAGE_COUNT_DESC",
            "updatedAt,   UPDATED_AT",
            "-updatedAt,  UPDATED_AT_DESC" })
    void parseReadsEachWireName(String wire, RecordSort sort) {
        assertSame(sort, RecordSort.parse(wire));
        assertEquals(wire, sort.wire);
    }

    @Test
    void noSortMeansById() {
        assertSame(RecordSort.ID, RecordSort.parse(null));
        assertSame(RecordSort.ID, RecordSort.parse(""));
    }

    @Test
    void theWireNamesAreListedInOrder() {
        // The refusal message and the contract list them in this order.
        assertEquals(List.of(ALL.split(", ")), RecordSort.WIRE_NAMES);
    }

    @ParameterizedTest
    @ValueSource(strings = { "size", "Name", "NAME", "+name", "--name", "name ", "usage_count", "updated" })
    void parseRefusesAnUnknownSort(String value) {
        ProblemException e = assertThrows(ProblemException.class, () -> RecordSort.parse(value));
        assertEquals(400, e.status());
        assertEquals("invalid-parameter", e.type());
        assertEquals(List.of(Violation.of("sort", "sort-unknown", value, ALL)), e.violations());
    }

    private static Software software(String id, String normalizedName, int usageCount, OffsetDateTime updatedAt) {
        Software s = new Software();
        s.id = id;
        s.normalizedName = normalizedName;
        s.usageCount = usageCount;
        s.updatedAt = updatedAt;
        return s;
    }

    private static final OffsetDateTime WITH_NANOS = OffsetDateTime.of(2024, 3, 5, 10, 15, 30, 123_456_789, ZoneOffset.ofHours(-5));
    // toString() drops zero seconds ("10:15-05:00"): it must still parse back to the same instant and offset.
    private static final OffsetDateTime ROUND_MINUTE = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static Stream<Arguments> recordsAndKeys() {
        Software gimp = software("le-gimp", "legimp", 42, WITH_NANOS);
        Software zero = software("x", "éditeurquébec", 0, ROUND_MINUTE);
        return Stream.of(
                Arguments.of(RecordSort.ID, gimp, List.of("le-gimp"), List.of("le-gimp")),
                Arguments.of(RecordSort.NAME, gimp, List.of("legimp", "le-gimp"), List.of("legimp", "le-gimp")),
                Arguments.of(RecordSort.NAME_DESC, zero, List.of("éditeurquébec", "x"), List.of("éditeurquébec", "x")),
                Arguments.of(RecordSort.USAGE_COUNT, gimp, List.of("42", "le-gimp"), List.of(42, "le-gimp")),
                Arguments.of(RecordSort.USAGE_COUNT_DESC, zero, List.of("0", "x"), List.of(0, "x")),
                Arguments.of(RecordSort.UPDATED_AT, gimp, List.of("2024-03-05T10:15:30.123456789-05:00", "le-gimp"),
                        List.of(WITH_NANOS, "le-gimp")),
                Arguments.of(RecordSort.UPDATED_AT_DESC, zero, List.of("2025-01-01T00:00Z", "x"), List.of(ROUND_MINUTE, "x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsAndKeys")
    void keysSurviveACursorAndParseToTheColumnType(RecordSort sort, Software record, List<String> keys, List<Object> values) {
        assertEquals(keys, sort.keysOf(record));
        Key[] order = sort.keys();
        assertEquals(keys.size(), order.length);

        Cursor decoded = Cursor.decode(new Cursor(sort.wire, sort.keysOf(record)).encode(), sort.wire);
        assertEquals(keys, decoded.keys());
        for (int i = 0; i < order.length; i++) {
            Object value = order[i].parse().apply(decoded.key(i));
            // Same class as the entity's field, so that the query parameter binds to the column.
            assertInstanceOf(values.get(i).getClass(), value);
            assertEquals(values.get(i), value);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "ID,               r.id,               false",
            "NAME,             r.normalizedName,   false",
            "NAME_DESC,        r.normalizedName,   true",
            "USAGE_COUNT,      r.usageCount,       false",
            "USAGE_COUNT_DESC, r.usageCount,       true",
            "UPDATED_AT,       r.updatedAt,        false",
            "UPDATED_AT_DESC,  r.updatedAt,        true" })
    void eachOrderSortsItsColumnThenTheId(RecordSort sort, String path, boolean descending) {
        Key[] order = sort.keys();
        assertEquals(path, order[0].path());
        assertEquals(descending, order[0].descending());
        // The id, ascending, last: the order is total whatever the first key.
        Key last = order[order.length - 1];
        assertEquals("r.id", last.path());
        assertFalse(last.descending());
    }

    @ParameterizedTest
    @EnumSource(value = RecordSort.class, names = { "USAGE_COUNT", "UPDATED_AT" })
    void aKeyOfTheWrongTypeDoesNotParse(RecordSort sort) {
        // Keyset turns this exception into a 400 cursor-invalid.
        assertThrows(RuntimeException.class, () -> sort.keys()[0].parse().apply("not-a-value"));
    }
}
