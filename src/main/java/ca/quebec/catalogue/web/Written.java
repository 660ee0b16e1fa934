package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * The outcome of a write, as a service hands it to a resource: the new
 * representation, its tag, and where it lives when the write created it.
 */
public record Written<T>(T body, EntityTag etag, String location, boolean created) {

    public static <T> Written<T> created(T body, EntityTag etag, String location) {
        return new Written<>(body, etag, location, true);
    }

    public static <T> Written<T> updated(T body, EntityTag etag) {
        return new Written<>(body, etag, null, false);
    }
}
