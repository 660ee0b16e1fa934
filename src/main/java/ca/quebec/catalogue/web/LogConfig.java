package ca.quebec.catalogue.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the service logs (prefix {@code catalogue.log}). */
@ConfigMapping(prefix = "catalogue.log")
public interface LogConfig {

    /**
     * One JSON object per line on the console (env {@code CATALOGUE_LOG_JSON}), for a log
     * collector; plain text otherwise, for people.
     */
    @WithDefault("false")
    boolean json();
}
