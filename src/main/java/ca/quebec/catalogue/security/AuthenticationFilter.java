package ca.quebec.catalogue.security;

import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.ProblemMappers;

/**
 * Reads {@code Authorization: Bearer <key>}. No header: anonymous. A header that
 * does not hold a valid key is refused with 401 on any request, read or write,
 * so that a client with a wrong or revoked key finds out at once.
 */
public class AuthenticationFilter {

    private final ApiKeyService keys;
    private final CurrentCaller current;

    public AuthenticationFilter(ApiKeyService keys, CurrentCaller current) {
        this.keys = keys;
        this.current = current;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Optional.empty();
        }
        String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Optional<Caller> caller = keys.authenticate(token);
        if (caller.isEmpty()) {
            return Optional.of(ProblemMappers.render(new ProblemException(401, token == null ? "bad-authorization" : "invalid-key"),
                    Messages.preferred(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)), request.getUriInfo()));
        }
        current.authenticated(caller.get());
        return Optional.empty();
    }
}
