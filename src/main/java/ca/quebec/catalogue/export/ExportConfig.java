package ca.quebec.catalogue.export;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The exports' options (prefix {@code catalogue.export}). */
@ConfigMapping(prefix = "catalogue.export")
public interface ExportConfig {

    /**
     * How long a request waits for an export being built before it is asked to come back
     * (503, Retry-After): below the HTTP idle timeout (30 s), which would otherwise close
     * the waiting connection with an empty reply.
     */
    @WithName("wait")
    @WithDefault("20s")
    Duration waitFor();
}
