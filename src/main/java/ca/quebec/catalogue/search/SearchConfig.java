package ca.quebec.catalogue.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The search options (prefix {@code catalogue.search}). */
@ConfigMapping(prefix = "catalogue.search")
public interface SearchConfig {

    /** How often the index reads the change log for the commits of other instances sharing the database. */
    @WithDefault("500ms")
    Duration pollInterval();
}
