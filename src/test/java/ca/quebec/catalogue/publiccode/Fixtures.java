package ca.quebec.catalogue.publiccode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.licence.LicenceRegistry;

/** Shared set-up: one licence registry, a fixed "today", the fixture folders. */
final class Fixtures {

    private Fixtures() {
    }

    static final LicenceRegistry LICENCES = new LicenceRegistry(new ObjectMapper());

    /** Expected results mention expired contracts: "today" must not move under them. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    static PubliccodeValidator validator() {
        return new PubliccodeValidator(LICENCES, PubliccodeLimits.DEFAULT, TODAY);
    }

    static PubliccodeMapper mapper() {
        return new PubliccodeMapper(LICENCES);
    }

    static PubliccodeExporter exporter() {
        return new PubliccodeExporter(validator());
    }

    static Path folder(String name) {
        URL url = Fixtures.class.getClassLoader().getResource("publiccode/" + name);
        if (url == null) {
            throw new IllegalStateException("Missing test folder publiccode/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The .yml files of a fixture folder, sorted by name. */
    static List<Path> yamlFiles(String folder) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String resource) {
        return bytes(folder("").resolve(resource));
    }
}
