package ca.quebec.catalogue.usage;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.kernel.Caller;

/**
 * The door to bulk declarations for other rooms (an inventory's confirmation):
 * the same gate, checks and all-or-nothing transaction as
 * {@code POST /organizations/{id}/usages/bulk}.
 */
@ApplicationScoped
public class BulkUsages {

    private final BulkDeclarations bulk;
    private final BulkGate gate;

    BulkUsages(BulkDeclarations bulk, BulkGate gate) {
        this.bulk = bulk;
        this.gate = gate;
    }

    public BulkUsageResult declare(Caller caller, String organizationId, BulkUsageRequest request) {
        return gate.run(caller, () -> bulk.apply(caller, organizationId, request));
    }
}
