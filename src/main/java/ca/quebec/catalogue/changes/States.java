package ca.quebec.catalogue.changes;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.persistence.StoredJson;

/**
 * The state of a thing as the change log compares it: its API representation
 * without the fields that every change moves (revision, timestamps) or that
 * are derived from other records (usage counts).
 */
public final class States {

    private static final String[] BOOKKEEPING = { "revision", "createdAt", "updatedAt", "usageCount" };

    private States() {
    }

    public static ObjectNode of(Object view, String... alsoLeaveOut) {
        ObjectNode state = StoredJson.MAPPER.valueToTree(view);
        state.remove(java.util.List.of(BOOKKEEPING));
        state.remove(java.util.List.of(alsoLeaveOut));
        return state;
    }
}
