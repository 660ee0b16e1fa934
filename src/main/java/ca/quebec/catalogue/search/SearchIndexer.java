package ca.quebec.catalogue.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import ca.quebec.catalogue.changes.Change;
import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.record.RecordKind;

/**
 * Keeps this instance's index current. At start-up it rebuilds the index from
 * the database; then it follows the change log: at once after each of this
 * instance's commits (so a write is searchable when its request returns), and
 * every {@code catalogue.search.poll-interval} for the commits of other
 * instances sharing the database.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int BATCH = 1000;
    /** Records read per transaction when the index is rebuilt. */
    private static final int REBUILD_PAGE = 1000;
    private static final String ORGANIZATION = "organization";

    private final SearchIndex index;
    private final SearchDocuments documents;
    private final ChangeService changes;
    private final Duration pollInterval;
    private ScheduledExecutorService poller;
    private volatile long indexedSeq = -1;
    private volatile Instant lastCatchUp;
    private volatile Instant lastRebuild;
    private volatile SearchDocuments.Names names;
    private volatile SearchService.SearchLabels labels = SearchService.SearchLabels.EMPTY;
    private final Timer rebuilds;
    private final Counter applied;

    public SearchIndexer(SearchIndex index, SearchDocuments documents, ChangeService changes, SearchConfig config, MeterRegistry meters) {
        this.index = index;
        this.documents = documents;
        this.changes = changes;
        this.pollInterval = config.pollInterval();
        this.rebuilds = Timer.builder("catalogue.search.index.rebuild")
                .description("Whole rebuilds of this instance's index: at start-up, and when a public body is registered or renamed")
                .register(meters);
        this.applied = Counter.builder("catalogue.search.index.changes.applied")
                .description("Change-log rows this instance's index has followed since start-up").register(meters);
        // The same figures as the readiness check (SearchReadiness), read when Prometheus scrapes.
        // The lag in changes asks the database for the log's last position (one indexed max(),
        // on a worker thread: /q/metrics is a blocking route); when the database cannot answer, the
        // gauge is NaN for that scrape rather than failing it.
        Gauge.builder("catalogue.search.index.lag.changes", this, SearchIndexer::lagChanges)
                .description("Changes committed to the change log that this instance's index does not reflect yet").register(meters);
        Gauge.builder("catalogue.search.index.lag", this, SearchIndexer::lagSeconds).baseUnit("seconds")
                .description("Time since this instance's index last caught up with the change log (it polls every "
                        + "catalogue.search.poll-interval; more than a few seconds means it is stuck)")
                .register(meters);
        Gauge.builder("catalogue.search.index.documents", index, SearchIndex::size)
                .description("Records in this instance's index").register(meters);
    }

    private double lagChanges() {
        long indexed = indexedSeq;
        return indexed < 0 ? Double.NaN : Math.max(0, changes.lastSeq() - indexed);
    }

    private double lagSeconds() {
        Instant caughtUp = lastCatchUp;
        return caughtUp == null ? Double.NaN : Duration.between(caughtUp, Instant.now()).toNanos() / 1e9;
    }

    /** After the seed (which observes start-up earlier). */
    void onStart(@Observes @Priority(2000) StartupEvent start) {
        rebuild();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-index-follower");
            thread.setDaemon(true);
            return thread;
        });
        long millis = pollInterval.toMillis();
        poller.scheduleWithFixedDelay(this::catchUpQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops following the log before the database goes away, so that shutting down logs no failed poll. */
    void onStop(@Observes ShutdownEvent stop) {
        stop();
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.shutdownNow();
            try {
                poller.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rebuilds the whole index; the change log position is read first, so nothing committed meanwhile is missed. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        long[] seq = new long[1];
        QuarkusTransaction.requiringNew().run(() -> {
            seq[0] = changes.lastSeq();
            names = documents.names();
        });
        // A page of records per transaction: one transaction over 100,000 records outlasted the
        // transaction timeout on a loaded machine, and held every entity until it ended.
        List<SearchDocument> all = new ArrayList<>();
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            SearchDocuments.Batch batch = QuarkusTransaction.requiringNew().call(() -> documents.after(from, REBUILD_PAGE, names));
            all.addAll(batch.documents());
            if (batch.documents().size() < REBUILD_PAGE) {
                break;
            }
            after = batch.lastPk();
        }
        labels = names.labels();
        index.replaceAll(all);
        indexedSeq = seq[0];
        lastRebuild = Instant.now();
        lastCatchUp = lastRebuild;
        long took = System.nanoTime() - started;
        rebuilds.record(took, TimeUnit.NANOSECONDS);
        LOG.infof("Search index rebuilt: %d records in %d ms", all.size(), took / 1_000_000);
        catchUp();
    }

    /** This instance committed changes: index them before the request answers. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Appended appended) {
        if (indexedSeq >= 0 && appended.lastSeq() > indexedSeq) {
            catchUpQuietly();
        }
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // The next poll tries again; readiness reports the lag meanwhile.
            LOG.warn("Search index could not follow the change log", e);
        }
    }

    /** Applies the changes committed after the last one indexed, in order. */
    public synchronized void catchUp() {
        if (indexedSeq < 0) {
            return;
        }
        boolean organizationsChanged = false;
        while (true) {
            long from = indexedSeq;
            List<Change> batch = QuarkusTransaction.requiringNew().call(() -> changes.after(from, BATCH));
            if (batch.isEmpty()) {
                lastCatchUp = Instant.now();
                break;
            }
            Map<RecordKind, Set<String>> touched = new HashMap<>();
            for (Change change : batch) {
                kind(change.recordKind).ifPresent(kind -> touched.computeIfAbsent(kind, k -> new HashSet<>()).add(change.recordId));
                organizationsChanged |= ORGANIZATION.equals(change.recordKind);
            }
            for (Map.Entry<RecordKind, Set<String>> entry : touched.entrySet()) {
                List<SearchDocument> current = QuarkusTransaction.requiringNew()
                        .call(() -> documents.of(entry.getKey(), entry.getValue(), names));
                index.upsertAll(current);
                Set<String> gone = new HashSet<>(entry.getValue());
                current.forEach(d -> gone.remove(d.id()));
                gone.forEach(id -> index.remove(entry.getKey().wire, id));
            }
            indexedSeq = batch.get(batch.size() - 1).seq;
            applied.increment(batch.size());
            lastCatchUp = Instant.now();
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (organizationsChanged) {
            // A body's names are in every record it uses or owns, and in facet labels and
            // suggestions: an admin registering or renaming one is rare, so rebuild it all.
            rebuild();
        }
    }

    private static java.util.Optional<RecordKind> kind(String recordKind) {
        for (RecordKind kind : RecordKind.values()) {
            if (kind.wire.equals(recordKind)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    /** Organization and category labels as of the last rebuild (which a body's change triggers). */
    public SearchService.SearchLabels labels() {
        return labels;
    }

    /** The last change-log sequence number the index reflects; -1 before the first rebuild. */
    public long indexedSeq() {
        return indexedSeq;
    }

    public Instant lastCatchUp() {
        return lastCatchUp;
    }

    public Instant lastRebuild() {
        return lastRebuild;
    }
}
