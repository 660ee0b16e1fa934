package ca.quebec.catalogue.search;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import ca.quebec.catalogue.changes.ChangeService;

/**
 * Ready once the index is built, and while it keeps up with the change log:
 * reports how far behind the database it is, in changes and in time.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    /** Longer than this without following the log (the poll runs every half second) means something is wrong. */
    static final Duration STALE = Duration.ofSeconds(10);

    private final SearchIndexer indexer;
    private final SearchIndex index;
    private final ChangeService changes;

    public SearchReadiness(SearchIndexer indexer, SearchIndex index, ChangeService changes) {
        this.indexer = indexer;
        this.index = index;
        this.changes = changes;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search-index");
        long indexed = indexer.indexedSeq();
        if (indexed < 0) {
            return response.down().withData("state", "building").build();
        }
        long last = changes.lastSeq();
        Instant caughtUp = indexer.lastCatchUp();
        long sinceMillis = caughtUp == null ? -1 : Duration.between(caughtUp, Instant.now()).toMillis();
        boolean fresh = caughtUp != null && sinceMillis < STALE.toMillis();
        return response.status(fresh)
                .withData("documents", index.size())
                .withData("indexedSeq", indexed)
                .withData("lastSeq", last)
                .withData("lagChanges", Math.max(0, last - indexed))
                .withData("lagMillis", sinceMillis)
                .build();
    }
}
