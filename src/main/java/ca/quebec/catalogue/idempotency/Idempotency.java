package ca.quebec.catalogue.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Written;

/**
 * Safe retries of POST: with an {@code Idempotency-Key}, the first successful
 * answer is stored with the write, and the same key with the same request
 * replays it instead of writing again. A failed request stores nothing, so it
 * can be corrected and sent again with the same key.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,200}$");
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final IdempotencyStore store;
    private final ObjectMapper json;

    public Idempotency(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Runs a write, or replays the answer to an earlier run with the same key.
     *
     * @param request what the caller asked for (the parsed body), compared between retries
     */
    public Written<?> run(Caller caller, String key, String method, String path, Object request, Supplier<Written<?>> write) {
        if (key == null) {
            return write.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badParameter(HEADER, "idempotency-key");
        }
        caller.requireAuthenticated();
        String hash = hash(method + " " + path + "\n" + write(request));
        IdempotencyRecord stored = store.find(caller.keyId(), key, method, path, hash);
        if (stored != null) {
            return replay(stored);
        }
        try {
            Written<?>[] written = new Written<?>[1];
            store.runAndRemember(caller.keyId(), key, method, path, hash, () -> {
                written[0] = write.get();
                return remember(written[0]);
            });
            return written[0];
        } catch (RuntimeException failed) {
            // A retry sent while the first request was still running fails on what the first one wrote
            // (a duplicate, a unique key): once the first has committed, answer as it did.
            IdempotencyRecord winner = store.find(caller.keyId(), key, method, path, hash);
            if (winner == null) {
                throw failed;
            }
            LOG.debugf("Idempotency-Key %s raced; replaying the first answer", key);
            return replay(winner);
        }
    }

    private IdempotencyRecord remember(Written<?> written) {
        IdempotencyRecord answer = new IdempotencyRecord();
        answer.status = written.created() ? 201 : 200;
        answer.location = written.location();
        answer.etag = written.etag();
        answer.body = write(written.body());
        return answer;
    }

    /** The stored answer, marked as a replay: its body is the JSON text first sent. */
    private static Written<?> replay(IdempotencyRecord stored) {
        return new Written<>(stored.body, stored.etag, stored.location, stored.status == 201, true);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
