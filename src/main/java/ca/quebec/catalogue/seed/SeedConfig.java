package ca.quebec.catalogue.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The seed options (prefix {@code catalogue.seed}). */
@ConfigMapping(prefix = "catalogue.seed")
public interface SeedConfig {

    /** Whether an empty database is loaded with the catalogue in data/ at start-up. */
    @WithDefault("true")
    boolean enabled();
}
