package ca.quebec.catalogue.ratelimit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.ratelimit.RateLimiter.Kind;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.ProblemMappers;

/**
 * Refuses a caller that spends its budget with 429 and Retry-After, before any work is
 * done for it. Three filters around authentication: before it, an address whose keys
 * were refused too often may not try another (no key look-up is spent on it); after it,
 * the request is charged to the key or token that signed it, else to the client's
 * address; on the way out, a refused key is charged to the address that sent it.
 */
public class RateLimitFilter {

    private static final String ADDRESS = RateLimitFilter.class.getName() + ".address";

    private final RateLimiter limiter;
    private final CurrentCaller current;
    private final ClientAddress clients;

    private final MeterRegistry meters;

    public RateLimitFilter(RateLimiter limiter, CurrentCaller current, RateLimitConfig config, MeterRegistry meters) {
        this.limiter = limiter;
        this.meters = meters;
        this.current = current;
        this.clients = new ClientAddress(config.trustedProxies().orElse(List.of()));
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 1)
    public Optional<Response> beforeSignIn(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return Optional.empty();
        }
        String address = clients.of(http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress(),
                http.headers().getAll("X-Forwarded-For"));
        request.setProperty(ADDRESS, address);
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Optional.empty();
        }
        return refuse(request, limiter.spent(Kind.FAILED_SIGN_IN, address), Kind.FAILED_SIGN_IN, "too-many-failed-sign-ins");
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public Optional<Response> afterSignIn(ContainerRequestContext request) {
        // OPTIONS tells what a path allows and costs nothing: it is never refused.
        if (!limiter.enabled() || "OPTIONS".equals(request.getMethod())) {
            return Optional.empty();
        }
        String who = signer(current.get()).orElse("address:" + request.getProperty(ADDRESS));
        Kind kind = kind(request.getMethod(), request.getUriInfo().getPath());
        return refuse(request, limiter.take(kind, who), kind, "rate-limited");
    }

    /** The key or token a request was signed with, whichever address it comes from. */
    private static Optional<String> signer(Caller caller) {
        if (!caller.authenticated()) {
            return Optional.empty();
        }
        return Optional.of("caller:" + (caller.keyId() != null ? caller.keyId() : caller.organization() + "/" + caller.label()));
    }

    @ServerResponseFilter
    public void afterAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        if (limiter.enabled() && response.getStatus() == 401 && request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                && request.getProperty(ADDRESS) != null) {
            limiter.take(Kind.FAILED_SIGN_IN, (String) request.getProperty(ADDRESS));
        }
    }

    /** Which budget a request spends: searches are the dearest reads; a reconciliation batch is a search. */
    static Kind kind(String method, String path) {
        boolean search = path.startsWith("/api/v1/search") || path.startsWith("/api/v1/suggest") || path.startsWith("/api/v1/reconcile")
                || path.equals("/recherche") || path.equals("/en/search");
        if (search && !path.startsWith("/api/v1/reconcile/records/")) {
            return Kind.SEARCH;
        }
        return switch (method) {
            case "GET", "HEAD" -> Kind.READ;
            default -> Kind.WRITE;
        };
    }

    private Optional<Response> refuse(ContainerRequestContext request, OptionalLong wait, Kind kind, String type) {
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        // By budget only: a label per caller would let one caller's addresses grow the series without end.
        meters.counter("catalogue.rate.limited", "budget", kind.name().toLowerCase(java.util.Locale.ROOT)).increment();
        String seconds = Long.toString(wait.getAsLong());
        return Optional.of(ProblemMappers.render(new ProblemException(429, type, List.of(seconds), List.of(), null, Map.of("Retry-After", seconds)),
                Messages.preferred(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)), request.getUriInfo()));
    }
}
