package ca.quebec.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import ca.quebec.catalogue.testing.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages that problem types point to ({@code /problems/concurrent-write}) are
 * the service's only HTML so far: in a real browser, each one is the bilingual
 * page (French first, the English part marked as English) and axe-core finds no
 * serious or critical WCAG 2.1 AA violation on it.
 */
@QuarkusTest
class ProblemPagesBrowserTest {

    private static Browser browser;

    @TestHTTPResource("/problems/")
    URL problems;

    @BeforeAll
    static void open() {
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        Browser.close(browser);
    }

    /**
     * All types share one template, so a few whose texts differ most stand for all of them
     * (an axe run costs one to two seconds): the shortest and the longest texts, the one the README
     * cites, and one type
     * from another room's messages.
     */
    @ParameterizedTest(name = "/problems/{0}")
    @ValueSource(strings = { "headers-too-large", "duplicate-repository", "concurrent-write", "too-many-webhooks" })
    void isAnAccessibleBilingualPage(String type) {
        String url = problems + type;
        browser.assertAccessible(url);
        WebDriver page = browser.driver();
        assertEquals("fr", page.findElement(By.tagName("html")).getDomAttribute("lang"), url);
        assertEquals(1, page.findElements(By.tagName("h1")).size(), url);
        assertEquals(1, page.findElements(By.cssSelector("[lang=en] h2")).size(), url);
        assertEquals(page.getTitle(), page.findElement(By.tagName("h1")).getText(), url);
    }
}
