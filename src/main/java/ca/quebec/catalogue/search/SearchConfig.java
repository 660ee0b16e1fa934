package ca.quebec.catalogue.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The search options (prefix {@code catalogue.search}). */
@ConfigMapping(prefix = "catalogue.search")
public interface SearchConfig {

    /** The default bound of the answer cache: 16 MiB holds some thousands of result pages. */
    long DEFAULT_ANSWER_CACHE_BYTES = 16L * 1024 * 1024;

    /** How often the index reads the change log for the commits of other instances sharing the database. */
    @WithDefault("500ms")
    Duration pollInterval();

    /**
     * How many bytes the answers of the current index snapshot may take (an estimate of
     * their text), and as many again the same answers written (JSON, results pages); 0 turns
     * both caches off.
     */
    @WithDefault("16777216")
    long answerCacheBytes();
}
