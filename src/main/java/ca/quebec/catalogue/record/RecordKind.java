package ca.quebec.catalogue.record;

/** The two kinds of catalogue records, with their collection paths. */
public enum RecordKind {
    SOFTWARE("software", "/api/v1/software/"),
    SOLUTION("solution", "/api/v1/solutions/");

    public final String wire;
    public final String basePath;

    RecordKind(String wire, String basePath) {
        this.wire = wire;
        this.basePath = basePath;
    }

    public String path(String id) {
        return basePath + id;
    }
}
