package ca.quebec.catalogue.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.persistence.TemporaryFiles;

/**
 * The exports as files, each built once per change-log position.
 *
 * <p>Why: a whole-catalogue export reads the whole database, harvesters ask for it
 * often and together (nightly jobs on many sites), and between two changes to the
 * catalogue every answer would be the same. So each format is built once per
 * position of the change log, written to a temporary file as the records are read
 * (memory stays flat however large the catalogue grows), and every request at that
 * position is served from the file: a thousand harvesters cost one build. A file
 * rather than a byte array, so that the heap never holds the catalogue, let alone
 * once per format. One build per format at a time; formats build side by side.
 *
 * <p>Builds run apart from requests: a request waits for one at most
 * {@code catalogue.export.wait}, then is told to come back (503 with Retry-After)
 * while the build goes on. Without that, a build longer than the HTTP idle timeout
 * (tens of seconds at 100,000 records) left its callers with an empty reply.
 *
 * <p>At most one file per format is kept: when a newer build is in place the older
 * file is deleted, and a request that had opened it still reads it to the end (the
 * file system keeps an open file's data).
 */
@ApplicationScoped
class ExportFiles {

    private static final Logger LOG = Logger.getLogger(ExportFiles.class);

    /** One build of one format. */
    record Built(ExportFormat format, long seq, Instant lastModified, Path file, long bytes) {
    }

    /** A build, opened for reading before anything could replace it. The reader closes the stream. */
    record Opened(Built built, InputStream content) {
    }

    /** The build of a format under way, and the position it was asked at ({@link #WHEN_STARTED}: read when it starts). */
    private record Running(long seq, CompletableFuture<Built> build) {
    }

    private static final long WHEN_STARTED = -1;

    private final CatalogueJson catalogueJson;
    private final CodeJson codeJson;
    private final CsvExports csv;
    private final PublicCatalogue catalogue;
    private final Duration wait;
    /** Guards {@code current} and {@code running}; a file is only replaced or opened under it. */
    private final Object lock = new Object();
    private final Map<ExportFormat, Built> current = new EnumMap<>(ExportFormat.class);
    private final Map<ExportFormat, Running> running = new EnumMap<>(ExportFormat.class);
    /** One thread per format: a format's builds follow each other, formats build side by side. */
    private final ExecutorService builders = Executors.newFixedThreadPool(ExportFormat.values().length, r -> {
        Thread thread = new Thread(r, "export-builder");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong builds = new AtomicLong();
    private final TemporaryFiles files = new TemporaryFiles("catalogue-exports-");

    ExportFiles(CatalogueJson catalogueJson, CodeJson codeJson, CsvExports csv, PublicCatalogue catalogue, ExportConfig config) {
        this.catalogueJson = catalogueJson;
        this.codeJson = codeJson;
        this.csv = csv;
        this.catalogue = catalogue;
        this.wait = config.waitFor();
    }

    /**
     * The export at this position or a later one, built unless this instance has it
     * already. The caller tags the answer with the build's own position.
     *
     * @throws ProblemException 503 with Retry-After when the build takes longer than the wait
     */
    Opened open(ExportFormat format, PublicCatalogue.Position position) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            CompletableFuture<Built> build;
            synchronized (lock) {
                Built built = current.get(format);
                if (built != null && built.seq() >= position.seq()) {
                    return new Opened(built, Files.newInputStream(built.file()));
                }
                build = start(format, position);
            }
            try {
                // One deadline for every pass, below the HTTP idle timeout.
                build.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillBuilding) {
                long seconds = Math.max(1, wait.toSeconds());
                throw new ProblemException(503, "export-in-preparation", List.of(format.file, seconds), List.of(), null,
                        Map.of("Retry-After", String.valueOf(seconds)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IOException(e.getCause());
            }
            // Built: now in place, unless an even newer one already replaced it; either way, look again.
        }
    }

    /**
     * The build that will hold this position, under the lock: the one running when it
     * covers the position, else one queued after it. A queued build reads the position
     * when it starts, so however many requests at later positions come meanwhile, one
     * build follows the running one, not one per position.
     */
    private CompletableFuture<Built> start(ExportFormat format, PublicCatalogue.Position position) {
        Running under = running.get(format);
        boolean busy = under != null && !under.build().isDone();
        if (busy && (under.seq() == WHEN_STARTED || under.seq() >= position.seq())) {
            return under.build();
        }
        CompletableFuture<?> before = busy ? under.build() : CompletableFuture.completedFuture(null);
        CompletableFuture<Built> next = before.handle((ignored, failure) -> null)
                .thenApplyAsync(ignored -> install(build(format, busy ? catalogue.position() : position)), builders);
        running.put(format, new Running(busy ? WHEN_STARTED : position.seq(), next));
        return next;
    }

    /** Puts a build in place (unless a newer one is) and deletes the file it replaces. */
    private Built install(Built built) {
        synchronized (lock) {
            Built previous = current.get(built.format());
            if (previous != null && previous.seq() >= built.seq()) {
                TemporaryFiles.delete(built.file());
                return previous;
            }
            current.put(built.format(), built);
            if (previous != null) {
                TemporaryFiles.delete(previous.file());
            }
            return built;
        }
    }

    /** How many builds this instance has made (the tests count them). */
    long builds() {
        return builds.get();
    }

    private Built build(ExportFormat format, PublicCatalogue.Position position) {
        long started = System.nanoTime();
        Path file = null;
        try {
            file = files.create(format.file + "-" + position.seq() + "-", ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                switch (format) {
                    case CATALOGUE_JSON -> catalogueJson.write(position, out);
                    case CODE_JSON -> codeJson.write(out);
                    default -> csv.write(format, out);
                }
            }
            builds.incrementAndGet();
            long bytes = Files.size(file);
            LOG.infof("Built %s at change %d: %d bytes in %d ms", format.file, position.seq(), bytes, (System.nanoTime() - started) / 1_000_000);
            return new Built(format, position.seq(), position.lastModified(), file, bytes);
        } catch (IOException | RuntimeException | Error e) {
            if (file != null) {
                TemporaryFiles.delete(file);
            }
            LOG.errorf(e, "Could not build %s at change %d", format.file, position.seq());
            if (e instanceof Error error) {
                throw error;
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    @PreDestroy
    void removeFiles() {
        builders.shutdownNow();
        synchronized (lock) {
            current.values().forEach(b -> TemporaryFiles.delete(b.file()));
            current.clear();
        }
        files.close();
    }
}
