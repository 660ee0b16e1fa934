package ca.quebec.catalogue.web;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;

/**
 * Refuses a body larger than the service accepts with a 413 problem+json, before
 * reading it. The HTTP server's own limit (quarkus.http.limits.max-body-size)
 * stays a little higher, as a backstop for bodies sent without a length.
 */
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(HttpConfig config) {
        this.maxBytes = config.maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.of(ProblemMappers.render(new ProblemException(400, "bad-request"),
                    Messages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), request.getUriInfo()));
        }
        if (bytes <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(ProblemMappers.render(new ProblemException(413, "payload-too-large", List.of(maxBytes),
                List.of(), null, null), Messages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), request.getUriInfo()))
                .header("Connection", "close").build());
    }
}
