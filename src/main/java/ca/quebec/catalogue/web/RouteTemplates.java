package ca.quebec.catalogue.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.vertx.core.Context;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP metrics count requests by route template ({@code /api/v1/software/{id}}), which
 * Quarkus REST gives a request when it matches a resource method. A request answered
 * before that (a refusal at the edge, a 405, an OPTIONS answer, a CORS preflight) has
 * none, and Quarkus would count it under its raw path: one series for every id, or every
 * garbage path, anybody sends, without bound. When such an answer is written, this names
 * it after the template of its path, or {@value #UNMATCHED} when no resource has that path
 * (a 404 is {@code NOT_FOUND} already, and a file the portal serves keeps its own path).
 *
 * <p>Quarkus reads the template from the request context's local {@value #KEY}, where Quarkus
 * REST writes it; {@code MetricsTest} fails if a later Quarkus reads it from elsewhere.
 */
@ApplicationScoped
public class RouteTemplates {

    static final String KEY = "UrlPathTemplate";
    static final String UNMATCHED = "/{unmatched}";

    private final ResourceMethods methods;

    public RouteTemplates(ResourceMethods methods) {
        this.methods = methods;
    }

    /** Before the edge's refusals (EdgeErrors, the same order, added later), after the request id. */
    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> name(context));
            context.next();
        });
    }

    private void name(RoutingContext context) {
        Context request = ((HttpServerRequestInternal) context.request()).context();
        if (request.getLocal(KEY) != null) {
            return;
        }
        String path = context.request().path();
        String template = path == null ? null : methods.template(path).orElse(null);
        if (template == null) {
            int status = context.response().getStatusCode();
            HttpMethod method = context.request().method();
            boolean file = (method == HttpMethod.GET || method == HttpMethod.HEAD) && status < 400;
            if (status == 404 || file) {
                return;
            }
            template = UNMATCHED;
        }
        request.putLocal(KEY, template);
    }
}
