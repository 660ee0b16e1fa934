package ca.quebec.catalogue.web;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.kernel.Versions;

/**
 * Answers that have no version of their own (lists, search, counts, exports)
 * get a weak ETag made of their bytes, and a client that sends it back in
 * If-None-Match gets a 304 without the body. The body is serialized once, here,
 * and written as those bytes.
 */
public class ContentTags {

    private final ObjectMapper json;

    public ContentTags(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || response.getStatus() != 200 || response.getEntity() == null
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        MediaType type = response.getMediaType();
        byte[] bytes;
        Object entity = response.getEntity();
        if (entity instanceof byte[] raw) {
            bytes = raw;
        } else if (entity instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else if (type != null && type.getSubtype().endsWith("json")) {
            bytes = json.writeValueAsBytes(entity);
            response.setEntity(bytes, response.getEntityAnnotations(), type);
        } else {
            return;
        }
        String tag = Versions.weakOfContent(bytes);
        response.getHeaders().putSingle(HttpHeaders.ETAG, Responses.entityTag(tag));
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && Versions.matches(ifNoneMatch, tag, true)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
