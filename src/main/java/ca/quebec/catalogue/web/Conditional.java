package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

/** GET answers that carry an ETag and honour If-None-Match with 304. */
public final class Conditional {

    private Conditional() {
    }

    public static <T> RestResponse<T> ok(Tagged<T> tagged, HttpHeaders headers) {
        if (ETags.notModified(headers, tagged.etag())) {
            return RestResponse.ResponseBuilder.<T> create(RestResponse.Status.NOT_MODIFIED).tag(tagged.etag()).build();
        }
        return RestResponse.ResponseBuilder.ok(tagged.body()).tag(tagged.etag()).build();
    }
}
