package ca.quebec.catalogue.record;

import java.util.List;
import java.util.Map;

/**
 * Which records a caller may list: published ones for everybody; a
 * contributor's own organization's submissions too; curators everything.
 * {@code status} narrows to one lifecycle state when asked.
 */
public record RecordVisibility(boolean everything, String organization, String status) {

    public static RecordVisibility published() {
        return new RecordVisibility(false, null, RecordStatus.PUBLISHED.wire);
    }

    void restrict(List<String> conditions, Map<String, Object> parameters) {
        if (status != null) {
            conditions.add("r.status = :status");
            parameters.put("status", status);
        }
        if (!everything) {
            if (organization == null) {
                conditions.add("r.status = 'published'");
            } else {
                conditions.add("(r.status = 'published' or r.submittedBy = :visibleTo)");
                parameters.put("visibleTo", organization);
            }
        }
    }
}
