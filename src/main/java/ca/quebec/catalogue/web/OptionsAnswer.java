package ca.quebec.catalogue.web;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;

/**
 * OPTIONS answers 204 with the methods the path really answers, and a 404 for a
 * path that does not exist (the REST layer's default answers every path with
 * every method). CORS preflights never get here: the HTTP layer answers them.
 */
public class OptionsAnswer {

    private final ResourceMethods methods;

    public OptionsAnswer(ResourceMethods methods) {
        this.methods = methods;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> answer(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        return Optional.of(methods.allowed(path)
                .map(allowed -> Response.noContent().header(HttpHeaders.ALLOW, ResourceMethods.header(allowed)).build())
                .orElseGet(() -> ProblemMappers.render(new ProblemException(404, "no-such-path", path),
                        Messages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), request.getUriInfo())));
    }
}
