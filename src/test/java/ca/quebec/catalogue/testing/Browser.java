package ca.quebec.catalogue.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * One headless Chromium for a test class, driven by Selenium, with axe-core's
 * WCAG 2.1 A and AA checks. Debian's {@code chromium} and {@code chromium-driver}
 * are used where they are installed; nothing is ever downloaded (the driver and
 * the browser are given by path, so Selenium Manager never runs).
 *
 * <pre>
 * private static Browser browser;
 * &#64;BeforeAll static void open() { browser = Browser.start(); }
 * &#64;AfterAll static void close() { Browser.close(browser); }
 * &#64;Test void home() { browser.assertAccessible(url("/")); }
 * </pre>
 *
 * Without a browser, each test that uses one is skipped with the reason (a
 * skip in {@code @BeforeAll} would hide the tests from the report); with
 * {@code -Dbrowser.required=true} (as CI runs them) the class fails instead.
 * {@code -Dbrowser.chromium} and {@code -Dbrowser.chromedriver} name other binaries.
 */
public final class Browser implements AutoCloseable {

    /** The axe-core tags of WCAG 2.1 levels A and AA (2.0 rules included, as 2.1 builds on them). */
    public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The impacts that fail a page; moderate and minor ones are reported by axe but not asserted. */
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Selenium looks for DevTools bindings matching the browser's version and warns when it has
     * none; these tests use none (only WebDriver), so the warning is noise. Held so that the
     * level is not lost with a collected logger.
     */
    private static final Logger CDP = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP.setLevel(Level.SEVERE);
    }

    private static boolean warned;

    private final ChromeDriver driver;
    private final Path profile;
    /** Why there is no browser, or null when there is one. */
    private final String missing;
    private final boolean javaScript;

    private Browser(ChromeDriver driver, Path profile, String missing, boolean javaScript) {
        this.driver = driver;
        this.profile = profile;
        this.missing = missing;
        this.javaScript = javaScript;
    }

    /** A browser with JavaScript on, as most visitors have it. */
    public static Browser start() {
        return start(true);
    }

    /**
     * A browser with JavaScript off, for what must work without it (links, forms, facets).
     * axe-core cannot run in it: check accessibility with {@link #start()}.
     */
    public static Browser startWithoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javaScript) {
        String missing = missingBinaries();
        if (missing != null) {
            return new Browser(null, null, missing, javaScript);
        }
        Path profile;
        try {
            // A fresh profile each time: no state carried between runs or test classes.
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The networking flags keep Chromium from calling home: on a closed network those
        // attempts are refused and slow or break start-up.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
        // The console's messages, so that a test can ask whether a page's script failed.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (!javaScript) {
            // The setting a site administrator would impose: pages run no script at all.
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, null, javaScript);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Why the browser cannot start (or a failure, when browsers are required), or null. */
    private static String missingBinaries() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        if (missing.isEmpty()) {
            return null;
        }
        String message = "No browser for the browser tests: " + String.join(" and ", missing) + " missing"
                + " (apt-get install chromium chromium-driver, or set -Dbrowser.chromium and -Dbrowser.chromedriver)";
        if (Boolean.getBoolean("browser.required") || "true".equals(System.getenv("BROWSER_REQUIRED"))) {
            fail(message + "; browser.required is set, so this is a failure rather than a skip");
        }
        if (!warned) {
            // Once per run, on the console: the report of a skipped test is easily not read.
            warned = true;
            System.err.println("WARNING " + message + "; the browser tests are skipped");
        }
        return message + "; skipped";
    }

    /** Closes a browser that may not have started (its class was skipped). */
    public static void close(Browser browser) {
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public void close() {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    /** The driver, to read the page; skips the calling test when there is no browser. */
    public WebDriver driver() {
        Assumptions.assumeTrue(missing == null, missing);
        return driver;
    }

    /** Loads a page and waits until the browser says it is loaded. */
    public WebDriver open(String url) {
        driver().get(url);
        return driver;
    }

    /**
     * Does what leads to another page (a click on a link or a button, Enter in a form) and
     * returns once the browser shows the new page, loaded. A click returns as soon as the
     * event is dispatched: reading the address right after it raced the navigation on a
     * loaded machine.
     */
    public static void follow(WebDriver page, Runnable action) {
        WebElement before = page.findElement(By.tagName("html"));
        action.run();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                before.getTagName();
            } catch (StaleElementReferenceException replaced) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new page 30 s after " + page.getCurrentUrl());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        JavascriptExecutor script = (JavascriptExecutor) page;
        while (!"complete".equals(script.executeScript("return document.readyState"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page at " + page.getCurrentUrl() + " did not finish loading in 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A page given as HTML, as a data: URL: fixtures need no server. */
    public static String page(String html) {
        return "data:text/html;charset=utf-8;base64," + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
    }

    /** One rule axe found broken on a page, with where. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " <" + helpUrl + ">\n      at " + String.join("\n      at ", targets);
        }
    }

    /** Loads a page and runs axe-core's WCAG 2.1 A and AA rules on it: every violation, whatever its impact. */
    public List<Violation> violations(String url) {
        if (!javaScript) {
            // axe's promises never settle where the page may not run scripts (a 30 s timeout).
            fail("axe-core needs JavaScript: check pages with Browser.start(); the browser without JavaScript is for"
                    + " what must work without it (links, forms, facets)");
        }
        open(url);
        Results results = new AxeBuilder().withTags(WCAG21_AA).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + url + ": " + results.getErrorMessage());
        }
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(Browser::target).toList();
            violations.add(new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), targets));
        }
        return violations;
    }

    /** Fails, listing each one, if axe finds a serious or critical WCAG 2.1 A or AA violation on the page. */
    public void assertAccessible(String url) {
        List<Violation> failing = violations(url).stream().filter(violation -> FAILING.contains(violation.impact())).toList();
        if (!failing.isEmpty()) {
            fail(failing.size() + " serious or critical WCAG 2.1 AA violation(s) on " + url + ":\n  "
                    + failing.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** The CSS selector of a node (a list of selectors, one per frame, when it is inside frames). */
    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        return target instanceof List<?> path
                ? path.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
                : String.valueOf(target);
    }

    /**
     * Saves what the browser shows (the window, 1280 × 1024) as {@code name.png}: in
     * docs/screenshots/ with {@code -Dscreenshots=true} (the README's pictures), else in
     * target/screenshots/.
     */
    public Path screenshot(String name) {
        Path folder = Boolean.getBoolean("screenshots") ? Path.of("docs", "screenshots") : Path.of("target", "screenshots");
        return screenshot(folder.resolve(name + ".png"));
    }

    /**
     * Saves the whole page, not only the window, as {@code name.png} (same folders as
     * {@link #screenshot(String)}): the window is made as tall as the document (at most
     * {@code maxHeight} pixels, so that a long page stays a reasonable picture), then set back.
     */
    public Path fullPageScreenshot(String name, int maxHeight) {
        WebDriver driver = driver();
        Dimension window = driver.manage().window().getSize();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // The window's frame and the viewport differ by a few pixels: measure both, grow by the difference.
        long document = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        long viewport = ((Number) js.executeScript("return window.innerHeight")).longValue();
        int height = (int) Math.min(maxHeight, window.getHeight() - viewport + document);
        try {
            driver.manage().window().setSize(new Dimension(window.getWidth(), height));
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** The errors the page wrote to the console since the last call (script errors, refused loads, CSP reports). */
    public List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves what the browser shows as a PNG file. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((ChromeDriver) driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A profile left in the temporary folder is harmless.
        }
    }
}
