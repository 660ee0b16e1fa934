package ca.quebec.catalogue.changes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Reading the change log: a record's history, the catalogue-wide change feed, and what other rooms follow. */
@ApplicationScoped
public class ChangeService {

    public static final String SORT = ChangeRepository.SORT;
    /** The order of {@link #latest}: newest first. */
    public static final String LATEST = ChangeRepository.LATEST;

    private final ChangeRepository changes;
    private final RecordRepository records;

    ChangeService(ChangeRepository changes, RecordRepository records) {
        this.changes = changes;
        this.records = records;
    }

    /** A record's changes and its usages', oldest first; 404 unless the caller may see the record. */
    @Transactional
    public Listing<ChangeView> history(RecordKind kind, String id, PageRequest page, VisibilityPolicy policy) {
        records.visible(kind, id, policy);
        Condition ofRecord = new Condition("c.recordKind = :kind and c.recordId = :id", java.util.Map.of("kind", kind.wire, "id", id));
        return changes.page(ofRecord, page).map(c -> view(c, policy));
    }

    /**
     * Every change to software and solutions after a sequence number, oldest
     * first: what harvesters follow. Each caller sees the changes of the records it may see.
     */
    @Transactional
    public Listing<ChangeView> feed(long since, PageRequest page, VisibilityPolicy policy) {
        Condition where = Condition.of("c.recordKind in ('software', 'solution') and c.seq > :since", "since", since);
        Condition visible = policy.visible("r");
        if (visible != Condition.ALWAYS) {
            where = where.and(new Condition("exists (select 1 from CatalogueRecord r where r.kindName = c.recordKind "
                    + "and r.id = c.recordId and " + visible.jpql() + ")", visible.parameters()));
        }
        return changes.page(where, page).map(c -> view(c, policy));
    }

    /**
     * Changes to software and solutions, newest first, narrowed by a condition on the
     * change ({@code c}) and its record ({@code r}): what feed readers poll, for the
     * whole catalogue or one slice of it. Each caller sees the changes of the records it may see.
     */
    @Transactional
    public Listing<ChangeView> latest(Condition about, PageRequest page, VisibilityPolicy policy) {
        Condition where = Condition.of("c.recordKind in ('software', 'solution')");
        Condition onRecord = policy.visible("r").and(about);
        if (onRecord != Condition.ALWAYS) {
            where = where.and(new Condition("exists (select 1 from CatalogueRecord r where r.kindName = c.recordKind "
                    + "and r.id = c.recordId and " + onRecord.jpql() + ")", onRecord.parameters()));
        }
        return changes.newest(where, page).map(c -> view(c, policy));
    }

    /** Changes after a sequence number, unfiltered: for this instance's own derived data (search), never for a caller. */
    @Transactional
    public List<Change> after(long seq, int limit) {
        return changes.after(seq, limit);
    }

    /** The last sequence number committed. */
    @Transactional
    public long lastSeq() {
        return changes.lastSeq();
    }

    static ChangeView view(Change c, VisibilityPolicy policy) {
        JsonNode patch = policy.redact(StoredJson.read(c.patch, JsonNode.class));
        return new ChangeView(c.seq, c.occurredAt, c.recordKind, c.recordId, c.subject, c.action, c.revision, c.actorOrganization,
                c.actorRole, c.actorLabel, patch.isNull() ? null : patch);
    }
}
