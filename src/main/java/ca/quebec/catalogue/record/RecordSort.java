package ca.quebec.catalogue.record;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.persistence.Keyset.Key;

/**
 * The orders a record list can take. Every order ends with the id, so that it is
 * total and a cursor (last key, last id) says exactly where the next page starts.
 */
public enum RecordSort {
    ID("id", "r.id", false, text -> text),
    NAME("name", "r.normalizedName", false, text -> text),
    NAME_DESC("-name", "r.normalizedName", true, text -> text),
    USAGE_COUNT("usageCount", "r.usageCount", false, Integer::valueOf),
    USAGE_COUNT_DESC("-usageCount", "r.usageCount", true, Integer::valueOf),
    UPDATED_AT("updatedAt", "r.updatedAt", false, OffsetDateTime::parse),
    UPDATED_AT_DESC("-updatedAt", "r.updatedAt", true, OffsetDateTime::parse);

    public static final List<String> WIRE_NAMES = Arrays.stream(values()).map(s -> s.wire).toList();

    public final String wire;
    private final String path;
    private final boolean descending;
    private final Function<String, Object> parse;

    RecordSort(String wire, String path, boolean descending, Function<String, Object> parse) {
        this.wire = wire;
        this.path = path;
        this.descending = descending;
        this.parse = parse;
    }

    public static RecordSort parse(String value) {
        if (value == null || value.isEmpty()) {
            return ID;
        }
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badParameter("sort", "sort-unknown", value, String.join(", ", WIRE_NAMES)));
    }

    /** The keyset order on a record aliased {@code r}. */
    Key[] keys() {
        return this == ID ? new Key[] { Key.of("r.id") } : new Key[] { Key.of(path, descending, parse), Key.of("r.id") };
    }

    /** The values of {@link #keys()} for a record, as a cursor writes them. */
    List<String> keysOf(CatalogueRecord record) {
        return switch (this) {
            case ID -> List.of(record.id);
            case NAME, NAME_DESC -> List.of(record.normalizedName, record.id);
            case USAGE_COUNT, USAGE_COUNT_DESC -> List.of(Integer.toString(record.usageCount), record.id);
            case UPDATED_AT, UPDATED_AT_DESC -> List.of(record.updatedAt.toString(), record.id);
        };
    }
}
