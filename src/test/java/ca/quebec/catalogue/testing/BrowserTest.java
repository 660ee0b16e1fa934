package ca.quebec.catalogue.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import ca.quebec.catalogue.testing.Browser.Violation;

/**
 * The browser checker itself, on fixture pages: a checker that finds nothing on
 * a broken page would pass every portal page and prove nothing.
 */
class BrowserTest {

    /** An image without a text alternative, a field without a label, a button without a name. */
    private static final String BROKEN = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Page brisée</title></head>
            <body><main>
            <h1>Recherche</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="logo">
            <form><input type="text" name="q" id="q"><button type="submit"></button></form>
            </main></body>
            </html>
            """;

    /** The same page, mended. */
    private static final String MENDED = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Page réparée</title></head>
            <body><main>
            <h1>Recherche</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Catalogue des logiciels libres">
            <form><label for="q">Rechercher</label> <input type="text" name="q" id="q"><button type="submit">Rechercher</button></form>
            </main></body>
            </html>
            """;

    /** A page whose script, if it runs, says so. */
    private static final String SCRIPTED = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Script</title></head>
            <body><main><h1>Script</h1><p id="state">static</p>
            <script>document.getElementById('state').textContent = 'scripted';</script>
            </main></body></html>
            """;

    private static Browser browser;

    @BeforeAll
    static void open() {
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        Browser.close(browser);
    }

    @Test
    void reportsEachViolationWithWhere() {
        Map<String, Violation> found = browser.violations(Browser.page(BROKEN)).stream()
                .collect(Collectors.toMap(Violation::rule, violation -> violation));
        assertEquals(List.of("#logo"), found.get("image-alt").targets(), found.toString());
        assertEquals("critical", found.get("image-alt").impact());
        assertEquals(List.of("#q"), found.get("label").targets(), found.toString());
        assertTrue(found.containsKey("button-name"), found.toString());

        AssertionError failure = assertThrows(AssertionError.class, () -> browser.assertAccessible(Browser.page(BROKEN)));
        String message = failure.getMessage();
        assertTrue(message.contains("image-alt (critical)") && message.contains("at #logo")
                && message.contains("label (critical)") && message.contains("at #q"), message);
    }

    @Test
    void aMendedPagePasses() {
        browser.assertAccessible(Browser.page(MENDED));
    }

    @Test
    void scriptsRunByDefault() {
        browser.open(Browser.page(SCRIPTED));
        assertEquals("scripted", browser.driver().findElement(By.id("state")).getText());
    }

    @Test
    void withoutJavaScriptNoScriptRuns() {
        try (Browser plain = Browser.startWithoutJavaScript()) {
            plain.open(Browser.page(SCRIPTED));
            assertEquals("static", plain.driver().findElement(By.id("state")).getText());
            AssertionError axe = assertThrows(AssertionError.class, () -> plain.violations(Browser.page(BROKEN)));
            assertTrue(axe.getMessage().startsWith("axe-core needs JavaScript"), axe.getMessage());
        }
    }

    @Test
    void screenshotsArePngFiles() throws Exception {
        browser.open(Browser.page(MENDED));
        Path file = browser.screenshot(Path.of("target", "screenshots", "browser-test.png"));
        byte[] png = Files.readAllBytes(file);
        assertTrue(png.length > 100 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', file.toString());
    }
}
