package ca.quebec.catalogue.record;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A record's moderation lifecycle: submitted → published | rejected; published → archived. */
public enum RecordStatus {
    SUBMITTED("submitted"),
    PUBLISHED("published"),
    REJECTED("rejected"),
    ARCHIVED("archived");

    public static final List<String> WIRE_NAMES = Arrays.stream(values()).map(s -> s.wire).toList();

    public final String wire;

    RecordStatus(String wire) {
        this.wire = wire;
    }

    public static Optional<RecordStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }
}
