package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.kernel.Tagged;
import ca.quebec.catalogue.kernel.Versions;

/** GET answers that carry an ETag and honour If-None-Match with 304. */
public final class Conditional {

    private Conditional() {
    }

    public static <T> RestResponse<T> ok(Tagged<T> tagged, HttpHeaders headers) {
        EntityTag tag = Responses.entityTag(tagged.etag());
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && Versions.matches(ifNoneMatch, tagged.etag(), true)) {
            return RestResponse.ResponseBuilder.<T> create(RestResponse.Status.NOT_MODIFIED).tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(tagged.body()).tag(tag).build();
    }
}
