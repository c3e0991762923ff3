package se.samverkan.defaults.testing.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through its chromedriver, both found on the machine (Debian's
 * {@code chromium} and {@code chromium-driver}; {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER}
 * name others). Nothing is downloaded. Each instance has a fresh profile, removed on {@link #close()}.
 * A test class that needs one carries {@code @ExtendWith(Chromium.Required.class)}: without a
 * browser it is reported as skipped, with the reason printed, never as passed.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Chromium start() {
        String browser = browser().orElseThrow(() -> new IllegalStateException(unavailable().orElse("")));
        String chromedriver = chromedriver().orElseThrow(() -> new IllegalStateException(unavailable().orElse("")));
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--force-device-scale-factor=1",
                "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    /**
     * Runs {@code action} (a click, a key that submits) and waits until the page it started on has
     * been replaced by the next. While Chromium swaps documents it may answer a question about the
     * old page's root with "node does not belong to the document" instead of "stale": that, too,
     * means the old page is gone.
     */
    public void awaitNextPage(Runnable action, Duration timeout) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, timeout).until(browser -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException replaced) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    /** Why no browser test can run here, if none can. */
    public static Optional<String> unavailable() {
        if (browser().isEmpty()) {
            return Optional.of("no Chromium found (install Debian's chromium and chromium-driver, or set CHROMIUM_BINARY)");
        }
        if (chromedriver().isEmpty()) {
            return Optional.of("no chromedriver found (install Debian's chromium-driver, or set CHROMEDRIVER)");
        }
        return Optional.empty();
    }

    private static Optional<String> browser() {
        return fromEnvironment("CHROMIUM_BINARY").or(() -> BROWSER_NAMES.stream()
                .map(Chromium::onPath).flatMap(Optional::stream).findFirst());
    }

    private static Optional<String> chromedriver() {
        return fromEnvironment("CHROMEDRIVER").or(() -> onPath("chromedriver"));
    }

    private static Optional<String> fromEnvironment(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(path -> Files.isExecutable(Path.of(path)));
    }

    private static Optional<String> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temporary directory harms nothing
        }
    }

    /** Skips the test class, saying why, where no Chromium can run. */
    public static final class Required implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> reason = unavailable();
            if (reason.isPresent()) {
                System.out.println("[browser] SKIPPED: " + context.getDisplayName() + ": " + reason.get());
                return ConditionEvaluationResult.disabled(reason.get());
            }
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
    }
}
