package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.kernel.Listing;

/** Turns a {@link Listing} into the list envelope and its RFC 8288 Link header. */
public final class Paging {

    private Paging() {
    }

    public static <T> RestResponse<Page<T>> ok(Listing<T> listing, UriInfo uri) {
        Page.Links links = links(uri, listing.next() == null ? null : listing.next().encode());
        Page<T> page = new Page<>(listing.items(), new Page.Meta(listing.total()), links);
        return RestResponse.ResponseBuilder.ok(page).header("Link", linkHeader(links)).build();
    }

    /** This page and, when there is one, the next: the request with the cursor replaced. */
    public static Page.Links links(UriInfo uri, String nextCursor) {
        String self = uri.getRequestUri().toString();
        String next = nextCursor == null ? null : uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build().toString();
        return new Page.Links(self, next);
    }

    public static String linkHeader(Page.Links links) {
        return "<" + links.self() + ">; rel=\"self\"" + (links.next() == null ? "" : ", <" + links.next() + ">; rel=\"next\"");
    }
}
