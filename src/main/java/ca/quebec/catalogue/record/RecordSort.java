package ca.quebec.catalogue.record;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ca.quebec.catalogue.web.Cursor;
import ca.quebec.catalogue.web.ProblemException;

/**
 * The orders a record list can take. Every order ends with the id, so that it is
 * total and a cursor (last key, last id) says exactly where the next page starts.
 */
public enum RecordSort {
    ID("id", "r.id", false),
    NAME("name", "r.normalizedName", false),
    NAME_DESC("-name", "r.normalizedName", true),
    USAGE_COUNT("usageCount", "r.usageCount", false),
    USAGE_COUNT_DESC("-usageCount", "r.usageCount", true),
    UPDATED_AT("updatedAt", "r.updatedAt", false),
    UPDATED_AT_DESC("-updatedAt", "r.updatedAt", true);

    public static final List<String> WIRE_NAMES = Arrays.stream(values()).map(s -> s.wire).toList();

    public final String wire;
    final String path;
    final boolean descending;

    RecordSort(String wire, String path, boolean descending) {
        this.wire = wire;
        this.path = path;
        this.descending = descending;
    }

    public static RecordSort parse(String value) {
        if (value == null || value.isEmpty()) {
            return ID;
        }
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badParameter("sort", "sort-unknown", value, String.join(", ", WIRE_NAMES)));
    }

    public Cursor cursorAfter(CatalogueRecord last) {
        return new Cursor(wire, keyOf(last), last.id);
    }

    String keyOf(CatalogueRecord record) {
        return switch (this) {
            case ID -> record.id;
            case NAME, NAME_DESC -> record.normalizedName;
            case USAGE_COUNT, USAGE_COUNT_DESC -> Integer.toString(record.usageCount);
            case UPDATED_AT, UPDATED_AT_DESC -> record.updatedAt.toString();
        };
    }

    /** The cursor's key as the column's type; a cursor that does not fit is refused. */
    Object keyValue(Cursor cursor) {
        try {
            return switch (this) {
                case ID, NAME, NAME_DESC -> cursor.key();
                case USAGE_COUNT, USAGE_COUNT_DESC -> Integer.parseInt(cursor.key());
                case UPDATED_AT, UPDATED_AT_DESC -> OffsetDateTime.parse(cursor.key());
            };
        } catch (RuntimeException e) {
            throw ProblemException.badParameter("cursor", "cursor-invalid");
        }
    }

    static Optional<RecordSort> fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst();
    }
}
