package ca.quebec.catalogue.portal;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The portal's settings, under {@code catalogue.portal.} (env {@code CATALOGUE_PORTAL_…}). */
@ConfigMapping(prefix = "catalogue.portal")
public interface PortalConfig {

    /**
     * The service's public address (e.g. {@code https://catalogue.quebec.ca}) for canonical
     * links and the site map; when absent, the address the request came to.
     */
    Optional<String> publicUrl();
}
