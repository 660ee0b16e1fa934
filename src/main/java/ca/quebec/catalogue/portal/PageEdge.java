package ca.quebec.catalogue.portal;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import ca.quebec.catalogue.web.FieldError;
import ca.quebec.catalogue.web.Problem;

/**
 * What every page answer carries, errors included. A page's language is its
 * address's, whatever the browser's Accept-Language says; its refusals (an unknown
 * page, a bad parameter, an unknown id) are the API's problems, shown as an HTML
 * page in that language with the same status; and pages carry a strict
 * Content-Security-Policy: scripts, styles and images from the service only,
 * nothing inline, no framing.
 */
public class PageEdge {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Frames frames;

    public PageEdge(Frames frames) {
        this.frames = frames;
    }

    /** Whether a path is the portal's (everything but the API, Quarkus' own endpoints and the pages of problem types). */
    static boolean isPage(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.startsWith("/problems/"));
    }

    /** The problems of a page are written in the page's language (a refusal is rendered from the problem's own text). */
    @ServerRequestFilter(preMatching = true)
    public void language(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (isPage(path)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, Language.ofPath(path).code);
        }
    }

    @ServerResponseFilter
    public void page(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!isPage(path)) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CSP);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        // 406: the client said it reads no HTML; its problem stays JSON.
        if (response.getStatus() >= 400 && response.getStatus() != 406 && response.getEntity() instanceof Problem problem) {
            Language lang = Language.ofPath(path);
            List<String> details = new ArrayList<>();
            if (problem.detail() != null) {
                details.add(problem.detail());
            }
            if (problem.errors() != null) {
                problem.errors().stream().map(FieldError::message).filter(m -> !details.contains(m)).forEach(details::add);
            }
            String heading = PortalContent.text(lang, "error." + (List.of(400, 401, 403, 404, 405, 429, 500, 503).contains(problem.status())
                    ? problem.status() : problem.status() < 500 ? 400 : 500));
            Frame frame = frames.frame(lang, heading, path, lang.other().home(), "error", request.getUriInfo());
            String html = Pages.error(frame, new Contents.ErrorPage(problem.status(), heading, String.join(" ", details))).render();
            response.setEntity(html, response.getEntityAnnotations(), MediaType.valueOf("text/html;charset=UTF-8"));
            headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, lang.code);
        }
    }
}
