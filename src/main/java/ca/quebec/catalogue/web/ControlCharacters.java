package ca.quebec.catalogue.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;

/**
 * Refuses control characters (NUL, say) in the path and the query: no id or
 * filter value has one, and PostgreSQL cannot even compare text holding NUL.
 * Request bodies are covered by {@link JsonStrictness}.
 */
public class ControlCharacters {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String where = null;
        if (hasControl(request.getUriInfo().getPath(true))) {
            where = "path";
        } else {
            for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
                if (hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacters::hasControl)) {
                    where = parameter.getKey();
                    break;
                }
            }
        }
        if (where == null) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.render(ProblemException.badParameter(where, "control-character"),
                Messages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), request.getUriInfo()));
    }

    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
