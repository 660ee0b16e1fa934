package ca.quebec.catalogue.dcat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.persistence.TemporaryFiles;

/**
 * The DCAT-AP export, made once per change-log position and syntax and kept until
 * the log moves: a harvester polling every few minutes costs one read of the
 * position, and nothing at all when it sends back the tag (304).
 *
 * <p>Each export is written to a temporary file as the records are read, a page at a
 * time ({@link DcatSource#parts}, {@link RdfSyntax#open}): the heap holds a page,
 * never the catalogue, and answers are read from the file.
 */
@ApplicationScoped
public class DcatService {

    private static final Logger LOG = Logger.getLogger(DcatService.class);

    /** Exports kept at once: the three syntaxes, for a base URL or two. */
    private static final int KEPT = 6;

    private final DcatSource source;
    private final DcatConfig config;
    /** Guarded by itself where an entry is dropped (and its file deleted) or a file opened. */
    private final Map<Key, CompletableFuture<Export>> cache = new ConcurrentHashMap<>();
    /**
     * Builds run apart from requests, which wait at most {@code catalogue.dcat.wait} and are
     * then asked to come back (503, Retry-After) while the build goes on: a build longer than
     * the HTTP idle timeout left its callers with an empty reply.
     */
    private final ExecutorService builders = Executors.newFixedThreadPool(RdfSyntax.values().length, r -> {
        Thread thread = new Thread(r, "dcat-builder");
        thread.setDaemon(true);
        return thread;
    });
    private final TemporaryFiles files = new TemporaryFiles("catalogue-dcat-");

    DcatService(DcatSource source, DcatConfig config) {
        this.source = source;
        this.config = config;
    }

    /**
     * The entity tag the export has now, without building it: a harvester that sends it back
     * gets its 304 for the price of reading the change-log position.
     */
    public String currentTag(RdfSyntax syntax, String requestBase) {
        return tag(new Key(source.position(), syntax, strip(config.baseUrl().orElse(requestBase))));
    }

    /** The tag names the position and the syntax; and the host, when IRIs follow the request's. */
    private String tag(Key key) {
        return "dcat-" + key.seq() + "-" + key.syntax().suffix
                + (config.baseUrl().isPresent() ? "" : "-" + Integer.toHexString(key.base().hashCode()));
    }

    /**
     * The export as it is now, opened for reading: the caller closes the stream.
     *
     * @param requestBase the request's base URL, used for IRIs unless {@code catalogue.dcat.base-url} is set
     */
    public Opened export(RdfSyntax syntax, String requestBase) {
        String base = strip(config.baseUrl().orElse(requestBase));
        long deadline = System.nanoTime() + config.waitFor().toNanos();
        while (true) {
            // Read again on each pass: when a later position dropped the one waited for, that later one is wanted.
            Key key = new Key(source.position(), syntax, base);
            CompletableFuture<Export> mine = new CompletableFuture<>();
            CompletableFuture<Export> kept = cache.putIfAbsent(key, mine);
            if (kept == null) {
                dropOlderThan(key);
                builders.execute(() -> build(key, mine));
                kept = mine;
            }
            Export export;
            try {
                // One deadline for every pass, below the HTTP idle timeout.
                export = kept.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillBuilding) {
                long seconds = Math.max(1, config.waitFor().toSeconds());
                throw new ProblemException(503, "export-in-preparation", List.of("dcat", seconds), List.of(), null,
                        Map.of("Retry-After", String.valueOf(seconds)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancellationException) {
                    continue;
                }
                throw new IllegalStateException("The DCAT-AP export could not be built", e.getCause());
            }
            synchronized (cache) {
                if (cache.get(key) == kept) {
                    try {
                        return new Opened(export, Files.newInputStream(export.file()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            // Dropped (a later position came) between its build and now: the file is gone, ask again.
        }
    }

    private void build(Key key, CompletableFuture<Export> mine) {
        if (cache.get(key) != mine) {
            // Dropped while it waited for a builder (a later position came): not worth building.
            mine.completeExceptionally(new CancellationException());
            return;
        }
        try {
            mine.complete(make(key));
        } catch (IOException | RuntimeException | Error e) {
            // Even out of memory: a future never completed would refuse every request at this position.
            LOG.errorf(e, "Could not build the DCAT-AP export (%s) at change %d", key.syntax().mediaType, key.seq());
            cache.remove(key, mine);
            mine.completeExceptionally(e instanceof IOException io ? new UncheckedIOException(io) : e);
            return;
        }
        synchronized (cache) {
            if (cache.get(key) != mine) {
                TemporaryFiles.delete(mine.join().file());
            }
        }
    }

    /** Older positions are never asked for again: drop them (and anything beyond the bound), with their files. */
    private void dropOlderThan(Key key) {
        synchronized (cache) {
            for (Iterator<Map.Entry<Key, CompletableFuture<Export>>> i = cache.entrySet().iterator(); i.hasNext();) {
                Map.Entry<Key, CompletableFuture<Export>> entry = i.next();
                if (entry.getKey().seq() < key.seq() || (cache.size() > KEPT && !entry.getKey().equals(key))) {
                    i.remove();
                    // One still being built deletes its own file when it finds itself dropped.
                    CompletableFuture<Export> dropped = entry.getValue();
                    if (dropped.isDone() && !dropped.isCompletedExceptionally()) {
                        TemporaryFiles.delete(dropped.join().file());
                    }
                }
            }
        }
    }

    private Export make(Key key) throws IOException {
        long started = System.nanoTime();
        DcatCatalogue head = source.head(key.seq());
        DcatModel model = new DcatModel(key.base());
        Path file = files.create("dcat-" + key.seq() + "-", "." + key.syntax().suffix);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            RdfSyntax.PartWriter writer = key.syntax().open(out, DcatModel.PREFIXES);
            writer.write(model.head(head));
            source.parts(part -> writer.write(model.part(part.assets(), part.agents())));
            writer.finish();
        } catch (IOException | RuntimeException | Error e) {
            TemporaryFiles.delete(file);
            throw e;
        }
        long bytes = Files.size(file);
        LOG.infof("Built the DCAT-AP export (%s) at change %d: %d bytes in %d ms", key.syntax().mediaType, key.seq(), bytes,
                (System.nanoTime() - started) / 1_000_000);
        return new Export(file, bytes, tag(key), head.modified(), key.syntax());
    }

    @PreDestroy
    void removeFiles() {
        builders.shutdownNow();
        synchronized (cache) {
            cache.values().stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).forEach(f -> TemporaryFiles.delete(f.join().file()));
            cache.clear();
        }
        files.close();
    }


    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private record Key(long seq, RdfSyntax syntax, String base) {
    }

    /**
     * One export.
     *
     * @param file     where it is written
     * @param etag     a strong entity tag (without quotes)
     * @param modified when the change it was made at was committed (null for an empty log)
     */
    public record Export(Path file, long bytes, String etag, OffsetDateTime modified, RdfSyntax syntax) {
    }

    /** An export, opened before anything could replace it. */
    public record Opened(Export export, InputStream content) {
    }
}
