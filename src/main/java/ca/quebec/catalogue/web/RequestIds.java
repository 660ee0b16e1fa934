package ca.quebec.catalogue.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a safe
 * token (a proxy's or a client's, so that one id follows a request across
 * systems), else a new random UUID. It is answered in the {@code X-Request-Id}
 * response header and kept in the logging context ({@code requestId}) for the
 * request, so that every line logged while serving it carries it, in the console
 * pattern and in JSON logs alike.
 *
 * <p>Set by the first of all routes, before anything can refuse the request, so
 * that refusals at the edge carry it too. The logging context lives in the
 * request's Vert.x context (Quarkus' MDC provider), which follows the request to
 * the worker thread that serves it and goes away with it.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key in the logging context: {@code %X{requestId}} in the console pattern, {@code mdc.requestId} in JSON logs. */
    public static final String MDC_KEY = "requestId";

    /**
     * What a caller's id may be: short, and nothing a log line or a header could be
     * broken with (no spaces, quotes, control characters, braces). Anything else is
     * replaced, not refused: an id is a help for tracing, never a reason to fail a request.
     */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /**
     * The first route: {@link EdgeErrors}' has the same order, and routes of one order run in
     * the order they were added, so this observer runs before every other (PLATFORM_BEFORE).
     */
    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::identify);
    }

    private void identify(RoutingContext context) {
        String id = idFor(context.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The id a request is known by: the one it was sent with when safe, else a new one. */
    static String idFor(String sent) {
        return sent != null && SAFE.matcher(sent).matches() ? sent : generate();
    }

    /**
     * A version 4 UUID from the thread's random generator: an id must be unique, not
     * unpredictable, and {@link UUID#randomUUID()} draws on the shared SecureRandom, one
     * lock for every request of the instance.
     */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
