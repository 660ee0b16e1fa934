package ca.quebec.catalogue.idempotency;

import java.time.Clock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.kernel.ProblemException;

/** Runs a write and remembers its answer in the same transaction: both happen, or neither. */
@ApplicationScoped
class IdempotencyStore {

    private final EntityManager em;
    private final Clock clock;

    public IdempotencyStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A stored answer, checked against the request: the same key with another request is a 422. */
    @Transactional
    public IdempotencyRecord find(String caller, String key, String method, String path, String requestHash) {
        IdempotencyRecord stored = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
        if (stored != null && !(stored.requestHash.equals(requestHash) && stored.method.equals(method) && stored.path.equals(path))) {
            throw new ProblemException(422, "idempotency-key-reused", key);
        }
        return stored;
    }

    @Transactional
    public IdempotencyRecord runAndRemember(String caller, String key, String method, String path, String requestHash,
            Supplier<IdempotencyRecord> write) {
        IdempotencyRecord answer = write.get();
        answer.caller = caller;
        answer.idempotencyKey = key;
        answer.method = method;
        answer.path = path;
        answer.requestHash = requestHash;
        answer.createdAt = Clocks.now(clock);
        em.persist(answer);
        return answer;
    }
}
