package ca.quebec.catalogue.idempotency;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ca.quebec.catalogue.kernel.ProblemException;

/**
 * An Idempotency-Key sent empty is refused like any other malformed key
 * ({@link Idempotency}). The REST layer hands an empty header to a resource as
 * no header at all: without this, the write would run unprotected although its
 * client asked for protection, and a retry of it would write twice.
 */
public class EmptyKeys {

    private final Map<Method, Boolean> takesKey = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuse(ContainerRequestContext request, ResourceInfo resource) {
        List<String> sent = request.getHeaders().get(Idempotency.HEADER);
        Method method = resource.getResourceMethod();
        if (sent != null && sent.stream().anyMatch(String::isBlank) && method != null
                && takesKey.computeIfAbsent(method, EmptyKeys::declaresKey)) {
            throw ProblemException.badParameter(Idempotency.HEADER, "idempotency-key");
        }
    }

    private static boolean declaresKey(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof HeaderParam header && header.value().equalsIgnoreCase(Idempotency.HEADER)) {
                    return true;
                }
            }
        }
        return false;
    }
}
