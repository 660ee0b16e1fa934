package ca.quebec.catalogue.reconciliation;

import java.util.List;

/**
 * A line, read, and what it names: the verdict, and the candidates best first
 * (the first is the record when the verdict is {@link Verdict#MATCH}).
 */
public record Reconciled(InventoryLine line, Verdict verdict, List<Candidate> candidates) {

    public Candidate chosen() {
        return verdict == Verdict.MATCH ? candidates.get(0) : null;
    }
}
