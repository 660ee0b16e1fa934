package ca.quebec.catalogue.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of files built from the database and thrown away when they are replaced
 * or the service stops (the exports, kept per change-log position). Deleting never
 * fails a request: a file still open where that forbids deletion goes when the JVM exits.
 */
public final class TemporaryFiles {

    private final String prefix;
    private Path directory;

    public TemporaryFiles(String prefix) {
        this.prefix = prefix;
    }

    /** A new empty file in the folder (made on first use). */
    public synchronized Path create(String name, String suffix) throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory(prefix);
        }
        return Files.createTempFile(directory, name, suffix);
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | UncheckedIOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** Removes the folder, once its files are deleted. */
    public synchronized void close() {
        if (directory != null) {
            delete(directory);
        }
    }
}
