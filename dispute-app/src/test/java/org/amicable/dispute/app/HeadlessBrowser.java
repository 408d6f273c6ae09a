package org.amicable.dispute.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by its chromedriver: started on first use, quit after the test
 * class. A failing test leaves a screenshot and the page's source under {@code target/browser-failures}.
 *
 * <p>{@link #leadingToAnotherPage} is how a test clicks a link or submits a form: it marks the page it
 * leaves and waits until the browser shows a complete document without that mark. Waiting for the old
 * {@code <html>} to go stale is not enough: while chromium swaps documents, asking about the old element
 * can fail with an inspector error instead of answering "stale".
 */
final class HeadlessBrowser implements TestWatcher, AfterAllCallback {

    private final String windowSize;
    private final String languages;
    private ChromeDriver driver;

    private HeadlessBrowser(String windowSize, String languages) {
        this.windowSize = windowSize;
        this.languages = languages;
    }

    /** A phone-sized window, as a customer reading his letter might use. */
    static HeadlessBrowser phone() {
        return new HeadlessBrowser("412,915", "en-US,en");
    }

    /** A desktop window whose browser asks for English. */
    static HeadlessBrowser desktopInEnglish() {
        return new HeadlessBrowser("1280,1000", "en-GB,en");
    }

    ChromeDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                    "--window-size=" + windowSize);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        }
        return driver;
    }

    /** Runs the action (a click, a submit) and returns once the page it leads to is loaded. */
    void leadingToAnotherPage(Runnable action) {
        ChromeDriver browser = driver();
        ((JavascriptExecutor) browser).executeScript("document.documentElement.dataset.leaving = 'true'");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                        "return document.readyState === 'complete'"
                                + " && document.documentElement.dataset.leaving === undefined")));
    }

    /**
     * Keeps a picture of the whole page as it stands under {@code target/screenshots}: the README's pictures
     * are taken from there, from the application the tests run.
     */
    void screenshot(String name) {
        ChromeDriver browser = driver();
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Dimension window = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(window.getWidth(),
                Math.min(3000, Math.max(window.getHeight(), ((Number) height).intValue()))));
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
