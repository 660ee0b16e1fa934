package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.EntityTag;

/** A representation and its entity tag, as a service hands them to a resource. */
public record Tagged<T>(T body, EntityTag etag) {
}
