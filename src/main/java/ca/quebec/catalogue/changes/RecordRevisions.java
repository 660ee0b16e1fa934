package ca.quebec.catalogue.changes;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.visibility.RecordStatus;

/**
 * Every revision of a software or a solution, in its history: a new record at
 * revision 1, then each change that alters what it says, with the revision bumped
 * and the change logged in the same transaction.
 */
@ApplicationScoped
public class RecordRevisions {

    private final ChangeLog changeLog;
    private final Clock clock;

    public RecordRevisions(ChangeLog changeLog, Clock clock) {
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Before a new record is checked for duplicates: creations take turns (see {@link ChangeLog#lockSequence}). */
    public void beforeCreating() {
        changeLog.lockSequence();
    }

    /** Logs a record just persisted at revision 1: "created" when published at once, "submitted" otherwise. */
    public void created(Caller caller, CatalogueRecord record, ObjectNode state) {
        String action = RecordStatus.PUBLISHED.wire().equals(record.status) ? "created" : "submitted";
        changeLog.append(Actor.of(caller), record.updatedAt, new ChangeLog.Entry(record.kind().wire, record.id, null, action,
                record.revision, MergePatch.diff(null, state)));
    }

    /**
     * Logs a change from {@code before} to {@code after} (the record's states as the
     * log compares them) under an action ("updated", "approved"…): bumps the
     * revision and the update time. Returns false, and does nothing, when nothing changed.
     */
    public boolean revised(Caller caller, CatalogueRecord record, String action, ObjectNode before, ObjectNode after) {
        if (before.equals(after)) {
            return false;
        }
        record.revision++;
        record.updatedAt = Clocks.now(clock);
        changeLog.append(Actor.of(caller), record.updatedAt, new ChangeLog.Entry(record.kind().wire, record.id, null, action,
                record.revision, MergePatch.diff(before, after)));
        return true;
    }
}
