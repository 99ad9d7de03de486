package org.corrkg.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.corrkg.server.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test shares: Debian's headless Chromium that resolves no host but
 * localhost, a server setting that never times a query out on a busy machine, waiting for a
 * view to be ready, the console's errors, and a screenshot of the page a test failed on.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static void assumeBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                               "needs Debian's chromium and chromium-driver (installed by .ci/run)");
    }

    /** The local defaults but with a query timeout a busy machine will not reach: the tests wait on conditions, not the clock. */
    static Server.Settings settings() {
        return new Server.Settings("127.0.0.1", 0, "corrkg", Duration.ofMinutes(2), false);
    }

    /**
     * A headless Chromium with its own profile in {@code profile}, keeping its console and
     * network (performance) logs. Every host name but localhost resolves to nothing, so
     * whatever a page tries to fetch from elsewhere fails at once, the same on every machine.
     */
    static ChromeDriver newBrowser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-dev-shm-usage", "--no-first-run",
                             "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                             "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Puts a browser back to what {@link #newBrowser} gives: one blank tab of 1400 by 1000, no
     * cookies, no HTTP cache, nothing the server's pages stored (the Fuseki UI keeps its
     * queries in local storage), and its console and network logs read out, so what the last
     * test's page did is not seen by the next. False if the browser no longer answers.
     */
    static boolean reset(ChromeDriver browser, Server server) {
        try {
            List<String> windows = List.copyOf(browser.getWindowHandles());
            for (String w : windows.subList(1, windows.size()))
                browser.switchTo().window(w).close();
            browser.switchTo().window(windows.get(0));
            browser.get("about:blank");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
            String origin = server.baseUrl().replaceAll("^(https?://[^/]+).*", "$1");
            browser.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.manage().logs().get(LogType.BROWSER).getAll();
            browser.manage().logs().get(LogType.PERFORMANCE).getAll();
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return false;
        }
    }

    /** Opens a path of the server's (starting with /) and waits until its view has rendered. */
    static void open(ChromeDriver browser, Server server, String path) {
        browser.get(server.baseUrl() + path.substring(1));
        waitFor(browser, "main[data-ready='true']");
    }

    static void waitFor(ChromeDriver browser, String css) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    /** The console errors since the last call (reading the log empties it). */
    static List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                      .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                      .map(LogEntry::getMessage).toList();
    }

    /**
     * Leaves a screenshot of a failed test's page in target/screenshots/. It runs before
     * the next test resets the browser, so the failing page is still there to photograph.
     */
    static AfterTestExecutionCallback screenshots(Supplier<ChromeDriver> browser) {
        return context -> {
            ChromeDriver b = browser.get();
            if (context.getExecutionException().isEmpty() || b == null)
                return;
            try {
                Path out = Path.of("target/screenshots", context.getDisplayName().replaceAll("\\W+", "_") + ".png");
                Files.createDirectories(out.getParent());
                Files.write(out, b.getScreenshotAs(OutputType.BYTES));
            } catch (Exception e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        };
    }

    private Browsers() {}
}
