package ca.quebec.catalogue.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

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
 * once per format. Builds of one format wait for each other; formats build side by side.
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

    private final CatalogueJson catalogueJson;
    private final CodeJson codeJson;
    private final CsvExports csv;
    private final Map<ExportFormat, Built> current = new EnumMap<>(ExportFormat.class);
    private final Map<ExportFormat, Object> locks = new EnumMap<>(ExportFormat.class);
    private final AtomicLong builds = new AtomicLong();
    private final TemporaryFiles files = new TemporaryFiles("catalogue-exports-");

    ExportFiles(CatalogueJson catalogueJson, CodeJson codeJson, CsvExports csv) {
        this.catalogueJson = catalogueJson;
        this.codeJson = codeJson;
        this.csv = csv;
        for (ExportFormat format : ExportFormat.values()) {
            locks.put(format, new Object());
        }
    }

    /**
     * The export at this position or a later one: built now unless this instance has
     * it already. The caller tags the answer with the build's own position.
     */
    Opened open(ExportFormat format, PublicCatalogue.Position position) throws IOException {
        synchronized (locks.get(format)) {
            Built built;
            synchronized (current) {
                built = current.get(format);
            }
            if (built == null || built.seq() < position.seq()) {
                built = build(format, position);
                Built previous;
                synchronized (current) {
                    previous = current.put(format, built);
                }
                if (previous != null) {
                    TemporaryFiles.delete(previous.file());
                }
            }
            return new Opened(built, Files.newInputStream(built.file()));
        }
    }

    /** How many builds this instance has made (the tests count them). */
    long builds() {
        return builds.get();
    }

    private Built build(ExportFormat format, PublicCatalogue.Position position) throws IOException {
        long started = System.nanoTime();
        Path file = files.create(format.file + "-" + position.seq() + "-", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                switch (format) {
                    case CATALOGUE_JSON -> catalogueJson.write(position, out);
                    case CODE_JSON -> codeJson.write(out);
                    default -> csv.write(format, out);
                }
            }
        } catch (IOException | RuntimeException e) {
            TemporaryFiles.delete(file);
            throw e;
        }
        builds.incrementAndGet();
        long bytes = Files.size(file);
        LOG.infof("Built %s at change %d: %d bytes in %d ms", format.file, position.seq(), bytes, (System.nanoTime() - started) / 1_000_000);
        return new Built(format, position.seq(), position.lastModified(), file, bytes);
    }

    @PreDestroy
    void removeFiles() {
        synchronized (current) {
            current.values().forEach(b -> TemporaryFiles.delete(b.file()));
            current.clear();
        }
        files.close();
    }

}
