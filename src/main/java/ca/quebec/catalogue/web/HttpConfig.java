package ca.quebec.catalogue.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The HTTP edge's options (prefix {@code catalogue.http}). */
@ConfigMapping(prefix = "catalogue.http")
public interface HttpConfig {

    /** The largest request body accepted, in bytes; larger ones are refused with 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** The longest request URI (path and query) accepted, in characters; longer ones are refused with 414. */
    @WithDefault("4096")
    int maxUriLength();
}
