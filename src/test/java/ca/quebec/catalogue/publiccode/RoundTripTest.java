package ca.quebec.catalogue.publiccode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every valid fixture (ours and the real ones): read it, export it, and the export must be
 * valid, free of warnings, and read back to the same solution; exporting again gives the same
 * bytes. This is what lets the catalogue import a file and serve it back without loss.
 */
class RoundTripTest {

    private final PubliccodeValidator validator = Fixtures.validator();
    private final PubliccodeMapper mapper = Fixtures.mapper();
    private final PubliccodeExporter exporter = Fixtures.exporter();

    @TestFactory
    Stream<DynamicTest> everyValidFixtureSurvivesExportAndImport() {
        return Stream.concat(Fixtures.yamlFiles("golden").stream(), Fixtures.yamlFiles("real").stream())
                .filter(file -> validator.validate(Fixtures.bytes(file)).valid())
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> roundTrip(file)));
    }

    /** Warnings about how a file is written, which an export must never have. */
    private static final java.util.Set<String> FORM = java.util.Set.of("version-outdated", "deprecated-key",
            "deprecated-key-replaced", "string-unquoted", "platforms-not-list", "country-lowercase",
            "country-section-lowercase", "country-section-unchecked");

    private void roundTrip(Path file) {
        PubliccodeSolution first = mapper.read(validator.validate(Fixtures.bytes(file)));
        String exported = exporter.write(first);
        PubliccodeReport report = validator.validate(exported.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.valid(), () -> report + "\n" + exported);
        // The export adds no warning of its own: the ones left are facts of the data (a stale
        // contract, a deprecated licence id…) that the original file already had.
        var original = validator.validate(Fixtures.bytes(file)).warnings().stream().map(PubliccodeIssue::code).toList();
        assertTrue(report.warnings().stream().allMatch(w -> original.contains(w.code())
                && !FORM.contains(w.code())), () -> report.warnings() + "\n" + exported);
        PubliccodeSolution second = mapper.read(report);
        assertEquals(first, second, exported);
        assertEquals(exported, exporter.write(second), "export is not deterministic");
    }
}
