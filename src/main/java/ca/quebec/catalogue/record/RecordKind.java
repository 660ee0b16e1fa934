package ca.quebec.catalogue.record;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** The two kinds of catalogue records, with their collection paths. */
@Schema(name = "RecordKind", description = "software (Mesure 20) or solution (Mesure 21)")
public enum RecordKind implements Vocabulary {
    SOFTWARE("software", "software"),
    SOLUTION("solution", "solutions");

    /** The kind as the API and the change log name it. */
    public final String wire;
    /** The collection under /api/v1. */
    public final String collection;

    RecordKind(String wire, String collection) {
        this.wire = wire;
        this.collection = collection;
    }

    @Override
    public String wire() {
        return wire;
    }

    public String path(String id) {
        return "/api/v1/" + collection + "/" + id;
    }

    /** A record's kind and id: where it is. */
    public record Located(RecordKind kind, String id) {

        public String path() {
            return kind.path(id);
        }
    }

    /** The kind whose collection this is (software, solutions), or null. */
    public static RecordKind ofCollection(String collection) {
        for (RecordKind kind : values()) {
            if (kind.collection.equals(collection)) {
                return kind;
            }
        }
        return null;
    }
}
