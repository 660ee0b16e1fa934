package ca.quebec.catalogue.moderation;

import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.visibility.RecordStatus;

/** The curators' decisions and the lifecycle states each one is allowed from. */
enum Moderation {
    APPROVE("approved", RecordStatus.SUBMITTED, RecordStatus.PUBLISHED, false),
    REJECT("rejected", RecordStatus.SUBMITTED, RecordStatus.REJECTED, true),
    ARCHIVE("archived", RecordStatus.PUBLISHED, RecordStatus.ARCHIVED, true);

    /** The change-log action. */
    final String action;
    private final RecordStatus from;
    private final RecordStatus to;
    private final boolean reasonRequired;

    Moderation(String action, RecordStatus from, RecordStatus to, boolean reasonRequired) {
        this.action = action;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    /** Moves the record to its new state, or refuses: 422 without a needed reason, 409 from the wrong state. */
    void apply(CatalogueRecord record, String reason) {
        Checks checks = new Checks();
        checks.text("/reason", reason, Checks.TEXT_MAX, reasonRequired);
        checks.orThrow();
        if (!from.wire().equals(record.status)) {
            throw new ProblemException(409, "invalid-transition", record.status, to.wire());
        }
        record.status = to.wire();
        record.statusReason = reason;
    }
}
