package ca.quebec.catalogue.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What caches need to keep the variants of one answer apart.
 *
 * <p>The HTTP server compresses an answer (gzip or deflate) when the client
 * accepts it and nothing set a Content-Encoding before: such an answer varies on
 * Accept-Encoding. Its bytes differ from the identity body's, so a strong ETag
 * cannot be shared: the compressed variant's tag gets the encoding as a suffix
 * ({@code "3" → "3-gzip"}), as Apache httpd does, and {@link #sameVersion} strips
 * it again from If-Match and If-None-Match, where any variant names the same version.
 *
 * <p>CORS answers depend on the Origin header (an allowed origin is echoed back),
 * so every answer varies on Origin.
 */
@ApplicationScoped
public class Variants {

    /** A strong entity tag with an encoding suffix, as this class writes it. */
    private static final Pattern ENCODED_TAG = Pattern.compile("(?<!W/)\"([^\"]*)-(?:gzip|deflate)\"");

    /** Conditions name versions, whatever variant the client happened to read. */
    @ServerRequestFilter(preMatching = true)
    public void sameVersionInConditions(ContainerRequestContext request) {
        for (String name : List.of(jakarta.ws.rs.core.HttpHeaders.IF_MATCH, jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH)) {
            String condition = request.getHeaderString(name);
            if (condition != null) {
                request.getHeaders().putSingle(name, sameVersion(condition));
            }
        }
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            context.addHeadersEndHandler(ignored -> describe(context));
            context.next();
        });
    }

    private static void describe(RoutingContext context) {
        MultiMap headers = context.response().headers();
        Set<String> vary = new LinkedHashSet<>();
        headers.getAll(HttpHeaders.VARY).forEach(v -> Arrays.stream(v.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .forEach(vary::add));
        vary.add("Origin");
        // A Content-Encoding set before the server's compressor saw it (identity, for a type never compressed): one variant.
        boolean compressible = !headers.contains(HttpHeaders.CONTENT_ENCODING);
        if (compressible) {
            vary.add("Accept-Encoding");
        }
        headers.set(HttpHeaders.VARY, String.join(", ", vary));
        if (!compressible) {
            return;
        }
        String encoding = context.request().method() == HttpMethod.HEAD ? null
                : negotiated(context.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
        String tag = headers.get(HttpHeaders.ETAG);
        if (encoding != null && tag != null && tag.startsWith("\"") && tag.endsWith("\"")) {
            headers.set(HttpHeaders.ETAG, tag.substring(0, tag.length() - 1) + "-" + encoding + "\"");
        }
    }

    /**
     * The encoding the server's compressor will choose, by the same rule (Netty's
     * HttpContentCompressor with gzip and deflate): the higher quality, gzip on a
     * tie, {@code *} for either when not named; null for none.
     */
    static String negotiated(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return null;
        }
        float gzip = -1;
        float deflate = -1;
        float star = -1;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            float quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Float.parseFloat(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            switch (pieces[0].trim().toLowerCase(Locale.ROOT)) {
                case "gzip" -> gzip = quality;
                case "deflate" -> deflate = quality;
                case "*" -> star = quality;
                default -> {
                }
            }
        }
        if (gzip > 0 || deflate > 0) {
            return gzip >= deflate ? "gzip" : "deflate";
        }
        if (star > 0) {
            return gzip == -1 ? "gzip" : deflate == -1 ? "deflate" : null;
        }
        return null;
    }

    /** An If-Match or If-None-Match value with the encoding suffixes removed: every variant is the same version. */
    public static String sameVersion(String condition) {
        if (condition == null) {
            return null;
        }
        Matcher matcher = ENCODED_TAG.matcher(condition);
        return matcher.replaceAll(m -> Matcher.quoteReplacement("\"" + m.group(1) + "\""));
    }
}
