package ca.quebec.catalogue.reconciliation;

import ca.quebec.catalogue.record.RecordKind;

/**
 * A record a line may name, with a score from 0 to 100: 100 for the line's name
 * or an alias exactly, less for a near name found by search.
 */
public record Candidate(RecordKind kind, String id, String name, int score) {
}
