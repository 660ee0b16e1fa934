package ca.quebec.catalogue.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;

/**
 * Errors raised below the application, by the HTTP server itself: an URL it
 * cannot decode, a body over the limit however it is framed (with a length or
 * chunked), a request line or headers too long, a failure outside the REST
 * layer. They answer problem+json in the caller's language like every other
 * error, instead of an empty body.
 *
 * <p>The server's own limits (quarkus.http.limits.*) are larger than the
 * service's, so that a URL over {@link HttpConfig#maxUriLength()}, a body over
 * {@link HttpConfig#maxBodyBytes()} or a bad escape in a URL are refused here,
 * where the answer can be written properly. Quarkus' own check of request URIs,
 * which would answer an empty 400 before any route, is turned off by
 * {@code vertx.disableURIValidation} (see {@code CatalogueMain}) for this one to run
 * ({@link #readable}).
 */
@ApplicationScoped
public class EdgeErrors {

    private static final Logger LOG = Logger.getLogger(EdgeErrors.class);
    private static final List<Integer> HANDLED = List.of(400, 413, 414, 431, 500);

    private final ObjectMapper json;
    private final HttpConfig config;

    public EdgeErrors(ObjectMapper json, HttpConfig config) {
        this.json = json;
        this.config = config;
    }

    /** First of all routes, so that these answers are written before Quarkus' default failure handler ends them empty. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseEarly).failureHandler(this::failed);
    }

    private void failed(RoutingContext context) {
        int status = context.statusCode();
        if (status < 0 && context.failure() != null) {
            // An exception below the REST layer: an URL that cannot be decoded is the client's fault.
            status = context.failure() instanceof IllegalArgumentException ? 400 : 500;
        }
        if (!HANDLED.contains(status)) {
            context.next();
            return;
        }
        answer(context, status);
    }

    /** What can be refused from the request line and headers alone, before anything is read. */
    private void refuseEarly(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > config.maxUriLength()) {
            write(context, new ProblemException(414, "uri-too-long", config.maxUriLength()));
            return;
        }
        if (!readable(uri)) {
            write(context, new ProblemException(400, "bad-uri"));
            return;
        }
        if (ContractFilter.METRICS_PATH.equals(context.request().path()) && !metricsAcceptable(context.request().getHeader(HttpHeaders.ACCEPT))) {
            // Micrometer's handler would answer a bare 406 with no body: the same refusal as the API's, in words.
            write(context, new ProblemException(406, "not-acceptable", context.request().getHeader(HttpHeaders.ACCEPT)));
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                bytes = -1;
            }
            if (bytes < 0) {
                write(context, new ProblemException(400, "bad-request"));
                return;
            }
            long max = config.maxBodyBytes(context.request().path());
            if (bytes > max) {
                write(context, new ProblemException(413, "payload-too-large", max));
                return;
            }
        }
        context.next();
    }

    /** Whether an Accept header admits one of the formats /q/metrics answers (Prometheus' text or OpenMetrics). */
    static boolean metricsAcceptable(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (METRICS_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> METRICS_TYPES = java.util.Set.of("*/*", "text/*", "text/plain",
            "application/openmetrics-text");

    /**
     * Whether the request's URI can be read at all: exactly Quarkus' own check, which is off
     * (see {@link CatalogueMain}) so that this one answers. A bad percent escape fails it, and
     * so does a character a URI cannot hold unencoded (a raw control character in the query,
     * say), which the REST layer would otherwise meet later, when it builds links, as a 500.
     */
    static boolean readable(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void answer(RoutingContext context, int status) {
        if (context.response().headWritten()) {
            return;
        }
        ProblemException problem = switch (status) {
            case 413 -> new ProblemException(413, "payload-too-large", config.maxBodyBytes(context.request().path()));
            case 414 -> new ProblemException(414, "uri-too-long", config.maxUriLength());
            case 431 -> new ProblemException(431, "headers-too-large");
            case 500 -> new ProblemException(500, "internal-error");
            default -> new ProblemException(400, "bad-request");
        };
        if (status == 500 && context.failure() != null) {
            LOG.error("Request failed below the REST layer", context.failure());
        }
        write(context, problem);
    }

    private void write(RoutingContext context, ProblemException problem) {
        Locale locale = Messages.preferred(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String path = context.request().path();
        String body;
        try {
            body = json.writeValueAsString(ProblemMappers.toProblem(problem, locale,
                    path == null || path.length() > config.maxUriLength() ? null : path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, Messages.language(locale))
                .putHeader(HttpHeaders.VARY, "Accept-Language");
        if (problem.status() == 413 || problem.status() == 414 || problem.status() == 431) {
            // The rest of what the client sends is not read: it must open a new connection.
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
