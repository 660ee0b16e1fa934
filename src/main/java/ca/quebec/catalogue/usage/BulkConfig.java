package ca.quebec.catalogue.usage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bulk declarations' options (prefix {@code catalogue.bulk}). */
@ConfigMapping(prefix = "catalogue.bulk")
public interface BulkConfig {

    /**
     * How many bulk declarations one instance applies at once (each holds a database
     * connection and locks for its whole length); more answer 503 with Retry-After.
     * One caller has one at a time; a second answers 429.
     */
    @WithDefault("2")
    int maxConcurrent();
}
