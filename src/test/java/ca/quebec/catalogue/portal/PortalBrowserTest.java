package ca.quebec.catalogue.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import ca.quebec.catalogue.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The portal in a real browser (Debian's headless Chromium): axe-core finds no serious or
 * critical WCAG 2.1 A/AA violation on any page type in either language; with scripts off,
 * a visitor can search, filter with the facets' checkboxes, page through results and switch
 * language; with scripts on, the suggestion script works and writes no error. One browser
 * for the class (its start costs more than a page), a second one only for the test without
 * JavaScript. {@code -Dscreenshots=true} also writes the README's pictures.
 */
@QuarkusTest
class PortalBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void open() {
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        Browser.close(browser);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    /** Every page type, French and English; the results pages with a text, and with a facet ticked. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/", "/en/", "/recherche?q=serveur+web", "/en/search?q=web+server",
            "/recherche?q=logiciel&kind=software", "/en/search?q=software&kind=software",
            "/logiciels/libreoffice", "/en/software/libreoffice", "/solutions/alexa-gc-recalls", "/en/solutions/alexa-gc-recalls",
            "/organismes/sct", "/en/organizations/sct", "/categories/suite-bureautique-et-collaboration",
            "/en/categories/suite-bureautique-et-collaboration", "/statistiques", "/en/statistics", "/nulle-part", "/en/nowhere" })
    void everyPageTypeIsAccessible(String path) {
        browser.assertAccessible(url(path));
        WebDriver page = browser.driver();
        assertEquals(path.startsWith("/en/") ? "en" : "fr", page.findElement(By.tagName("html")).getDomAttribute("lang"), path);
        assertEquals(1, page.findElements(By.tagName("h1")).size(), path);
    }

    @Test
    void searchFacetsPagingAndLanguageWorkWithoutJavaScript() {
        try (Browser plain = Browser.startWithoutJavaScript()) {
            WebDriver page = plain.open(url("/"));
            // The script is there but does not run: the box is a plain search field.
            assertNotNull(page.findElement(By.cssSelector("script[src='/portal/portal.js']")));
            assertEquals(null, page.findElement(By.id("q")).getDomAttribute("role"), "no script ran");

            // Type a query and submit it as a visitor does (Enter in the box).
            WebElement box = page.findElement(By.id("q"));
            box.sendKeys("logiciel");
            Browser.follow(page, () -> box.sendKeys(Keys.ENTER));
            assertEquals("/recherche", path(page));
            assertEquals("q=logiciel", URI.create(page.getCurrentUrl()).getRawQuery());
            assertTrue(hits(page).size() > 1, "results");
            assertEquals("logiciel", page.findElement(By.id("q")).getDomProperty("value"), "the text stays in the box");

            // Tick "software" in the kind facet and apply the filters with the form's button.
            WebElement software = page.findElement(By.cssSelector("#facet-kind input[value=software]"));
            page.findElement(By.cssSelector("label[for='" + software.getDomAttribute("id") + "']")).click();
            assertTrue(page.findElement(By.cssSelector("#facet-kind input[value=software]")).isSelected(), "a click on the label ticks it");
            Browser.follow(page, () -> page.findElement(By.id("apply-filters")).click());
            assertTrue(URI.create(page.getCurrentUrl()).getRawQuery().contains("kind=software"), page.getCurrentUrl());
            assertEquals(Set.of("software"), kinds(page));
            assertTrue(page.findElement(By.cssSelector("#facet-kind input[value=software]")).isSelected(), "still ticked");
            List<String> first = ids(page);

            // The next page, by its plain link: other records, numbered from 21.
            Browser.follow(page, () -> page.findElement(By.cssSelector("#pagination a[rel=next]")).click());
            assertEquals("21", page.findElement(By.id("hits")).getDomAttribute("start"));
            assertTrue(java.util.Collections.disjoint(first, ids(page)), "no record twice");
            assertEquals(Set.of("software"), kinds(page), "the filter holds across pages");

            // The language switch leads to the same results in English, filter and page kept.
            Browser.follow(page, () -> page.findElement(By.id("language-switch")).click());
            assertEquals("/en/search", path(page));
            assertEquals("en", page.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals("21", page.findElement(By.id("hits")).getDomAttribute("start"));
            assertTrue(page.findElement(By.cssSelector("#facet-kind input[value=software]")).isSelected());
            assertEquals("logiciel", page.findElement(By.id("q")).getDomProperty("value"));
        }
    }

    @Test
    void suggestionsWorkWithJavaScriptAndWriteNoError() {
        WebDriver page = browser.open(url("/"));
        browser.consoleErrors(); // forget what earlier tests left (the 404 pages log their status)
        WebElement box = page.findElement(By.id("q"));
        assertEquals("combobox", box.getDomAttribute("role"), "the script ran and made the box a combobox");
        box.sendKeys("libre");
        // The script waits 150 ms after the last key, then asks /api/v1/suggest.
        for (int tries = 0; tries < 100 && page.findElements(By.cssSelector("#q-suggestions:not([hidden]) [role=option]")).isEmpty(); tries++) {
            sleep(100);
        }
        assertFalse(page.findElements(By.cssSelector("#q-suggestions:not([hidden]) [role=option]")).isEmpty(), "suggestions shown");
        assertEquals("true", box.getDomAttribute("aria-expanded"));
        assertEquals(List.of(), browser.consoleErrors(), "no error in the console (script, CSP, loads)");
        // Still a form: Enter without a chosen suggestion submits the text.
        Browser.follow(page, () -> box.sendKeys(Keys.ENTER));
        assertEquals("/recherche", path(page));
        assertFalse(hits(page).isEmpty());
        assertEquals(List.of(), browser.consoleErrors(), "no error on the results page");
    }

    /**
     * The README's pictures: home, a results page and a software page, in French and English,
     * 1280 pixels wide and as tall as the page (long pages cut at 2,800 pixels). Only with
     * {@code -Dscreenshots=true}, which writes them into docs/screenshots/.
     */
    @Test
    void screenshotsForTheReadme() {
        Assumptions.assumeTrue(Boolean.getBoolean("screenshots"), "screenshots are taken with -Dscreenshots=true");
        String[][] shots = { { "/", "home-fr" }, { "/en/", "home-en" }, { "/recherche?q=sondage", "search-fr" },
                { "/en/search?q=survey", "search-en" }, { "/logiciels/libreoffice", "software-fr" },
                { "/en/software/libreoffice", "software-en" } };
        for (String[] shot : shots) {
            browser.open(url(shot[0]));
            browser.fullPageScreenshot(shot[1], 2800);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String path(WebDriver page) {
        return URI.create(page.getCurrentUrl()).getRawPath();
    }

    private static List<WebElement> hits(WebDriver page) {
        return page.findElements(By.cssSelector("#hits > li"));
    }

    private static List<String> ids(WebDriver page) {
        return hits(page).stream().map(hit -> hit.getDomAttribute("id")).toList();
    }

    private static Set<String> kinds(WebDriver page) {
        Set<String> kinds = new TreeSet<>();
        hits(page).forEach(hit -> kinds.add(hit.getDomAttribute("data-kind")));
        return kinds;
    }
}
