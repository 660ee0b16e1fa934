package ca.quebec.catalogue.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;

/**
 * A query parameter the endpoint does not declare is a 400 that names it: a
 * typo ({@code ?categorie=x}) must not silently answer the unfiltered list as
 * if it were the filtered one. What each endpoint accepts is read from its
 * {@code @QueryParam}s, so the list is never written twice.
 */
public class KnownParameters {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Set<String> known = declared.computeIfAbsent(method, KnownParameters::queryParameters);
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                ProblemException unknown = ProblemException.badParameter(name, "unknown-parameter", name,
                        known.isEmpty() ? "-" : String.join(", ", known));
                return Optional.of(ProblemMappers.render(unknown,
                        Messages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), request.getUriInfo()));
            }
        }
        return Optional.empty();
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }
}
