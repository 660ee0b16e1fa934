package ca.quebec.catalogue.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

/** Builds each page's frame: its language, title, and absolute canonical and twin addresses. */
@ApplicationScoped
public class Frames {

    private final PortalConfig config;

    public Frames(PortalConfig config) {
        this.config = config;
    }

    Frame frame(Language lang, String title, String path, String twinPath, String section, UriInfo uri) {
        return new Frame(lang, title, base(uri), path, twinPath, section);
    }

    /** The service's public address without a trailing slash: configured, or the one the request came to. */
    String base(UriInfo uri) {
        String base = config.publicUrl().orElseGet(() -> uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
