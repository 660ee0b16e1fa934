package ca.quebec.catalogue.visibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/**
 * A record's moderation lifecycle: submitted → published | rejected; published →
 * archived. What a caller may see of a record follows from its state
 * ({@link VisibilityPolicy}).
 */
@Schema(name = "RecordStatus", description = "submitted (awaiting a curator), published, rejected, or archived (kept, no longer current)")
public enum RecordStatus implements Vocabulary {
    SUBMITTED("submitted"),
    PUBLISHED("published"),
    REJECTED("rejected"),
    ARCHIVED("archived");

    private final String wire;

    RecordStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Public states: everybody may read a record in them. */
    boolean isPublic() {
        return this == PUBLISHED || this == ARCHIVED;
    }
}
