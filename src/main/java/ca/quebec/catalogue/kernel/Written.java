package ca.quebec.catalogue.kernel;

/**
 * The outcome of a write, as a service hands it to a resource: the new
 * representation, its entity tag, where it lives when the write created it, and
 * whether it is the stored answer to an earlier request with the same
 * Idempotency-Key (then {@code body} is that answer's JSON text).
 */
public record Written<T>(T body, String etag, String location, boolean created, boolean replayed) {

    public static <T> Written<T> created(T body, String etag, String location) {
        return new Written<>(body, etag, location, true, false);
    }

    public static <T> Written<T> updated(T body, String etag) {
        return new Written<>(body, etag, null, false, false);
    }
}
