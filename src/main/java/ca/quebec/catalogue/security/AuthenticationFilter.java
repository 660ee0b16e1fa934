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
 * Reads {@code Authorization: Bearer <key or token>}. No header: anonymous. A header
 * that does not hold a valid key is refused with 401 on any request, read or write,
 * so that a client with a wrong or revoked key finds out at once.
 *
 * <p>When sign-in with OIDC is configured ({@link OidcTokens}), a bearer value that
 * looks like a JWT (three parts joined by dots) and is not one of our keys (they start
 * with {@code qc_}) is read as an access token: 401 when the token is refused, 403
 * when its body or role is not the catalogue's, 503 when the provider cannot be
 * reached. Otherwise, as before, it is a key.
 */
public class AuthenticationFilter {

    private final ApiKeyService keys;
    private final OidcTokens tokens;
    private final OidcCallers tokenCallers;
    private final CurrentCaller current;

    public AuthenticationFilter(ApiKeyService keys, OidcTokens tokens, OidcCallers tokenCallers, CurrentCaller current) {
        this.keys = keys;
        this.tokens = tokens;
        this.tokenCallers = tokenCallers;
        this.current = current;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Optional.empty();
        }
        String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Optional<Caller> caller;
        try {
            caller = tokens.enabled() && looksLikeJwt(token) ? Optional.of(tokenCallers.caller(tokens.verify(token)))
                    : keys.authenticate(token);
        } catch (ProblemException refused) {
            return Optional.of(ProblemMappers.render(refused, Messages.preferred(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)),
                    request.getUriInfo()));
        }
        if (caller.isEmpty()) {
            return Optional.of(ProblemMappers.render(new ProblemException(401, token == null ? "bad-authorization" : "invalid-key"),
                    Messages.preferred(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)), request.getUriInfo()));
        }
        current.authenticated(caller.get());
        return Optional.empty();
    }

    /** Three base64url parts joined by two dots, and not one of our keys. */
    static boolean looksLikeJwt(String token) {
        return token != null && !token.startsWith("qc_") && token.chars().filter(c -> c == '.').count() == 2;
    }
}
