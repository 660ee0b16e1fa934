package ca.quebec.catalogue.webhook;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.persistence.Keyset;
import ca.quebec.catalogue.persistence.Keyset.Key;

/**
 * Queries on subscriptions and deliveries. The worker's claims lock rows with
 * {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, and H2 2.x): instances sharing the
 * database each take rows the others have not, without waiting for them.
 */
@ApplicationScoped
class WebhookRepository {

    static final String SORT = "id";
    static final String DELIVERY_SORT = "-seq";
    private static final String PENDING = DeliveryView.Status.PENDING.wire();

    private final EntityManager em;

    WebhookRepository(EntityManager em) {
        this.em = em;
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    Subscription find(String id) {
        return id == null ? null : em.find(Subscription.class, id);
    }

    /** The subscription, locked until the transaction ends. */
    Subscription lock(String id) {
        return id == null ? null : em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    Delivery lockDelivery(String id) {
        return em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    Delivery delivery(String id) {
        return em.find(Delivery.class, id);
    }

    long activeOf(String ownerKeyId) {
        return em.createQuery("select count(s) from Subscription s where s.ownerKeyId = :owner and s.disabledAt is null", Long.class)
                .setParameter("owner", ownerKeyId).getSingleResult();
    }

    /** A page of subscriptions by id: one key's, or every one (null owner). */
    Listing<Subscription> page(String ownerKeyId, PageRequest page) {
        Keyset<Subscription> keyset = Keyset.of(em, Subscription.class, "s");
        if (ownerKeyId != null) {
            keyset.where(Condition.of("s.ownerKeyId = :owner", "owner", ownerKeyId));
        }
        return keyset.orderBy(Key.of("s.id")).page(page, SORT, s -> List.of(s.id));
    }

    /** A page of a subscription's deliveries, newest first, of one status or all. */
    Listing<Delivery> deliveries(String subscriptionId, String status, PageRequest page) {
        Condition where = Condition.of("d.subscriptionId = :subscription", "subscription", subscriptionId);
        if (status != null) {
            where = where.and(Condition.of("d.status = :status", "status", status));
        }
        return Keyset.of(em, Delivery.class, "d").where(where).orderBy(Key.of("d.seq", true, Long::valueOf))
                .page(page, DELIVERY_SORT, d -> List.of(Long.toString(d.seq)));
    }

    /** Active subscriptions behind the change log, locked; those another instance holds are skipped. */
    List<Subscription> lockBehind(long lastSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select id from webhook_subscription where disabled_at is null and cursor_seq < ?1 "
                + "order by cursor_seq, id limit ?2 for update skip locked")
                .setParameter(1, lastSeq).setParameter(2, limit).getResultList();
        return ids.stream().map(this::find).toList();
    }

    /** Pending deliveries that are due and not leased, of active subscriptions, locked; those another instance holds are skipped. */
    List<Delivery> lockDue(OffsetDateTime now, int limit) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select id from webhook_delivery where status = ?1 and next_attempt_at <= ?2 "
                + "and (lease_until is null or lease_until < ?2) "
                + "and subscription_id in (select s.id from webhook_subscription s where s.disabled_at is null) "
                + "order by next_attempt_at, id limit ?3 for update skip locked")
                .setParameter(1, PENDING).setParameter(2, now).setParameter(3, limit).getResultList();
        return ids.stream().map(this::delivery).toList();
    }

    /** Pending deliveries of subscriptions that have stopped are cancelled: nobody will send them. */
    int cancelOrphans() {
        return em.createQuery("update Delivery d set d.status = :cancelled, d.nextAttemptAt = null, d.leaseUntil = null "
                + "where d.status = :pending and d.subscriptionId in (select s.id from Subscription s where s.disabledAt is not null)")
                .setParameter("cancelled", DeliveryView.Status.CANCELLED.wire()).setParameter("pending", PENDING).executeUpdate();
    }

    /** Finished deliveries older than the retention are forgotten; pending ones never are. */
    int prune(OffsetDateTime before) {
        return em.createQuery("delete from Delivery d where d.status <> :pending and d.createdAt < :before")
                .setParameter("pending", PENDING).setParameter("before", before).executeUpdate();
    }
}
