package ca.quebec.catalogue.dcat;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The DCAT-AP export's options (prefix {@code catalogue.dcat}). */
@ConfigMapping(prefix = "catalogue.dcat")
public interface DcatConfig {

    /**
     * The public base URL under which the export names things (https://catalogue.example).
     * Set it in production: linked-data IRIs must not change with the host name a
     * request happened to use. Unset, the request's own base URL is used.
     */
    Optional<String> baseUrl();

    /** The public body that publishes the catalogue (dct:publisher of the dcat:Catalog). */
    @WithDefault("sct")
    String publisher();

    /**
     * How long a request waits for an export being built before it is asked to come back
     * (503, Retry-After): below the HTTP idle timeout (30 s), which would otherwise close
     * the waiting connection with an empty reply.
     */
    @WithName("wait")
    @WithDefault("20s")
    Duration waitFor();
}
