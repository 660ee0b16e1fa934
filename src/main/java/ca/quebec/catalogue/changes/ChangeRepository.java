package ca.quebec.catalogue.changes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.persistence.Keyset;
import ca.quebec.catalogue.persistence.Keyset.Key;

/** Queries on the change log, which is read in sequence order only. */
@ApplicationScoped
class ChangeRepository {

    static final String SORT = "seq";
    static final String LATEST = "-seq";

    private final EntityManager em;

    ChangeRepository(EntityManager em) {
        this.em = em;
    }

    /** A page of the changes that meet a condition on {@code c}, oldest first. */
    Listing<Change> page(Condition where, PageRequest page) {
        return Keyset.of(em, Change.class, "c").where(where).orderBy(Key.of("c.seq", false, Long::valueOf))
                .page(page, SORT, c -> List.of(Long.toString(c.seq)));
    }

    /** A page of the changes that meet a condition on {@code c}, newest first. */
    Listing<Change> newest(Condition where, PageRequest page) {
        return Keyset.of(em, Change.class, "c").where(where).orderBy(Key.of("c.seq", true, Long::valueOf))
                .page(page, LATEST, c -> List.of(Long.toString(c.seq)));
    }

    /** Changes after a sequence number, in order. */
    List<Change> after(long seq, int limit) {
        return em.createQuery("select c from Change c where c.seq > :seq order by c.seq", Change.class)
                .setParameter("seq", seq).setMaxResults(limit).getResultList();
    }

    long lastSeq() {
        Long last = em.createQuery("select max(c.seq) from Change c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }
}
