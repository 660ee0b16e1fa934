package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Turns a {@link Listing} into the list envelope and its RFC 8288 Link header. */
public final class Paging {

    private Paging() {
    }

    public static <T> RestResponse<Page<T>> ok(Listing<T> listing, UriInfo uri) {
        String self = uri.getRequestUri().toString();
        String next = listing.next() == null ? null
                : uri.getRequestUriBuilder().replaceQueryParam("cursor", listing.next().encode()).build().toString();
        Page<T> page = new Page<>(listing.items(), new Page.Meta(listing.total()), new Page.Links(self, next));
        String link = "<" + self + ">; rel=\"self\"" + (next == null ? "" : ", <" + next + ">; rel=\"next\"");
        return RestResponse.ResponseBuilder.ok(page).header("Link", link).build();
    }
}
