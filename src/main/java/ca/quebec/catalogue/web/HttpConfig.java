package ca.quebec.catalogue.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The HTTP edge's options (prefix {@code catalogue.http}). */
@ConfigMapping(prefix = "catalogue.http")
public interface HttpConfig {

    /** The largest request body accepted, in bytes; larger ones are refused with 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Paths (a regular expression) whose bodies may be larger: whole inventories. */
    @WithDefault("/api/v1/organizations/[^/]+/inventory")
    String largeBodyPaths();

    /** The largest body those paths accept, in bytes. */
    @WithDefault("8388608")
    long largeBodyBytes();

    /** The largest body a path accepts. */
    default long maxBodyBytes(String path) {
        return path != null && path.matches(largeBodyPaths()) ? largeBodyBytes() : maxBodyBytes();
    }

    /** The longest request URI (path and query) accepted, in characters; longer ones are refused with 414. */
    @WithDefault("4096")
    int maxUriLength();
}
