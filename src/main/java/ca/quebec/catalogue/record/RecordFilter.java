package ca.quebec.catalogue.record;

/**
 * The list filters common to software and solutions; null means "any". Values
 * are checked (known category, licence, organization) before they get here.
 */
public record RecordFilter(String category, String licence, String usedBy, String owner, String developmentStatus,
        String maintenance) {

    public static RecordFilter none() {
        return new RecordFilter(null, null, null, null, null, null);
    }
}
