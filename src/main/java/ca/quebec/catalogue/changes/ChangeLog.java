package ca.quebec.catalogue.changes;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import ca.quebec.catalogue.persistence.StoredJson;

/**
 * Appends to the change log inside the caller's transaction.
 *
 * <p>Sequence numbers come from the single row of {@code change_sequence}, which
 * {@link #append} updates, and so locks until the transaction ends. Writers are
 * thereby serialized from that point to their commit: a later sequence number is
 * always a later commit, and a reader that follows the log by sequence number
 * never misses a change that committed late. Call it as the last step of a write.
 */
@ApplicationScoped
public class ChangeLog {

    /** A change about to be logged. */
    public record Entry(String recordKind, String recordId, String subject, String action, long revision, JsonNode patch) {
    }

    /** Fired with every append; observers that wait for the commit keep derived data (search) current. */
    public record Appended(long lastSeq) {
    }

    private final EntityManager em;
    private final Event<Appended> appended;

    public ChangeLog(EntityManager em, Event<Appended> appended) {
        this.em = em;
        this.appended = appended;
    }

    public List<Change> append(Actor actor, OffsetDateTime at, List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        em.flush();
        em.createNativeQuery("update change_sequence set last_seq = last_seq + ?1 where id = 1")
                .setParameter(1, entries.size())
                .executeUpdate();
        long last = ((Number) em.createNativeQuery("select last_seq from change_sequence where id = 1").getSingleResult()).longValue();
        long seq = last - entries.size();
        List<Change> changes = new java.util.ArrayList<>(entries.size());
        for (Entry entry : entries) {
            Change change = new Change();
            change.seq = ++seq;
            change.occurredAt = at;
            change.recordKind = entry.recordKind();
            change.recordId = entry.recordId();
            change.subject = entry.subject();
            change.action = entry.action();
            change.revision = entry.revision();
            change.actorOrganization = actor.organization();
            change.actorRole = actor.role();
            change.actorLabel = actor.label();
            change.patch = StoredJson.write(entry.patch());
            em.persist(change);
            changes.add(change);
        }
        appended.fire(new Appended(last));
        return changes;
    }

    /**
     * Takes the sequence's lock now instead of at {@link #append}: what the caller checks
     * next sees every write committed before, and no other write commits until it is done.
     * Creations take it, so that two of them never both pass the duplicate check.
     */
    public void lockSequence() {
        em.createNativeQuery("select last_seq from change_sequence where id = 1 for update").getSingleResult();
    }

    public Change append(Actor actor, OffsetDateTime at, Entry entry) {
        return append(actor, at, List.of(entry)).get(0);
    }
}
