package ca.quebec.catalogue.publiccode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import ca.quebec.catalogue.kernel.Messages;

/**
 * Table-driven: each fixture {@code NAME.yml} has a sidecar {@code NAME.expected.csv} listing
 * every error (E) and warning (W) the validator must report, with its key, line, column and
 * code, and nothing else. {@code golden/} holds files written for the test, one rule family
 * each; {@code real/} holds files published by public bodies, their descriptive prose replaced
 * by our own text (see its README), with the classification we established for them.
 */
class PubliccodeGoldenTest {

    private final PubliccodeValidator validator = Fixtures.validator();

    @TestFactory
    Stream<DynamicTest> ourFixtures() {
        return tests("golden");
    }

    @TestFactory
    Stream<DynamicTest> realFiles() {
        return tests("real");
    }

    private Stream<DynamicTest> tests(String folder) {
        return Fixtures.yamlFiles(folder).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private void check(Path file) throws IOException {
        PubliccodeReport report = validator.validate(Files.readAllBytes(file));
        List<String> actual = new ArrayList<>();
        report.errors().forEach(issue -> actual.add(row("E", issue)));
        report.warnings().forEach(issue -> actual.add(row("W", issue)));
        Path sidecar = file.resolveSibling(file.getFileName().toString().replace(".yml", ".expected.csv"));
        List<String> expected = Files.readAllLines(sidecar, StandardCharsets.UTF_8).stream()
                .skip(1).filter(line -> !line.isBlank()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                () -> file.getFileName() + ": issues differ from " + sidecar.getFileName());
        assertEquals(expected.stream().noneMatch(line -> line.startsWith("E,")), report.valid());
        for (PubliccodeIssue issue : report.errors()) {
            assertRendered(issue);
        }
        for (PubliccodeIssue issue : report.warnings()) {
            assertRendered(issue);
        }
    }

    private static String row(String severity, PubliccodeIssue issue) {
        return String.join(",", severity, issue.key(), String.valueOf(issue.line()), String.valueOf(issue.column()),
                issue.code());
    }

    /** A user reads the message, not the code: it must exist in both languages and differ between them. */
    private static void assertRendered(PubliccodeIssue issue) {
        String french = issue.message(Messages.FRENCH);
        String english = issue.message(Messages.ENGLISH);
        assertFalse(french.startsWith("publiccode.") || french.startsWith("violation."), "no French text for " + issue.code());
        assertFalse(english.startsWith("publiccode.") || english.startsWith("violation."), "no English text for " + issue.code());
        assertNotEquals(french, english, "French and English texts are the same for " + issue.code());
    }
}
