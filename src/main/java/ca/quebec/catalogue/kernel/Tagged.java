package ca.quebec.catalogue.kernel;

/**
 * A representation and its entity tag (the opaque value, without quotes), as a
 * service hands them to a resource.
 */
public record Tagged<T>(T body, String etag) {
}
