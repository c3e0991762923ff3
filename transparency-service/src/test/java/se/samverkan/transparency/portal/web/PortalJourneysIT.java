package se.samverkan.transparency.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.defaults.testing.browser.Chromium;
import se.samverkan.transparency.portal.application.MeasureNameStore;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.publicprovider.application.PublicProviderStore;

/**
 * A citizen's way through Jämför service in a real headless Chromium, with JavaScript left to the
 * pages (they have none): filter a list, tick units and compare them, open a provider's page — and
 * all of it once more with the keyboard alone. One browser serves the whole class.
 */
@ExtendWith(Chromium.Required.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalJourneysIT {

    /** Where the documentation's screenshots are written; the default keeps them out of the sources. */
    static final String SCREENSHOTS = "portal.screenshots";

    /**
     * Where the focus is, and whether it shows: an outline of 2 px or more whose colour has a contrast
     * of at least 3:1 against what lies behind it (WCAG 2.1, 1.4.11 non-text contrast).
     */
    private static final String FOCUSED = """
            const element = document.activeElement;
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            const name = element.labels && element.labels.length ? element.labels[0].innerText
                : (element.innerText || element.value || '');
            const rgb = colour => colour.match(/[\\d.]+/g).slice(0, 3).map(Number);
            const luminance = ([r, g, b]) => {
              const linear = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
            };
            let behind = 'rgb(255, 255, 255)';
            for (let parent = element.parentElement; parent; parent = parent.parentElement) {
              const colour = getComputedStyle(parent).backgroundColor;
              if (colour !== 'transparent' && !/^rgba\\(.*,\\s*0\\)$/.test(colour)) { behind = colour; break; }
            }
            const outline = luminance(rgb(style.outlineColor));
            const background = luminance(rgb(behind));
            const contrast = (Math.max(outline, background) + 0.05) / (Math.min(outline, background) + 0.05);
            return {
              stop: element.tagName.toLowerCase() + ': ' + name.trim(),
              outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && contrast >= 3,
              contrast: Math.round(contrast * 100) / 100,
              inView: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0
                && box.right <= window.innerWidth && box.bottom <= window.innerHeight
            };
            """;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    PublicProviderStore providers;
    @Autowired
    UnitStatisticsStore statistics;
    @Autowired
    MeasureNameStore measureNames;

    private Chromium chromium;
    private ChromeDriver browser;

    @BeforeAll
    void demoDataAndABrowser() {
        PortalDemoData.publish(providers, statistics, measureNames);
        chromium = Chromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void choosingAnAreaAndAFormOfOperationNarrowsTheList() {
        open("/jamfor/hemtjanst");
        assertThat(listedUnits()).containsExactlyElementsOf(PortalDemoData.HOME_CARE_UNITS);

        new Select(browser.findElement(By.id("omrade"))).selectByVisibleText("Vallby norra");
        submitWith(button("Visa"));

        assertThat(listedUnits()).containsExactly("Hemtjänst Norr", "Ängsbackens hemtjänst");
        assertThat(new Select(browser.findElement(By.id("omrade"))).getFirstSelectedOption().getText())
                .as("the chosen filter stays chosen").isEqualTo("Vallby norra");

        new Select(browser.findElement(By.id("driftform"))).selectByVisibleText("Kooperativ");
        submitWith(button("Visa"));

        assertThat(listedUnits()).containsExactly("Ängsbackens hemtjänst");
        assertThat(browser.getCurrentUrl()).contains("omrade=Vallby+norra", "driftform=KOOPERATIV");
    }

    @Test
    void searchingForAProvidersNameNarrowsTheListAndSaysWhenNothingIsFound() {
        open("/jamfor/hemtjanst");

        browser.findElement(By.id("sok")).sendKeys("omsorgsgruppen");
        submitWith(() -> keys(Keys.ENTER));

        assertThat(listedUnits()).containsExactly("Hemtjänst Centrum", "Hemtjänst Norr");
        assertThat(browser.findElement(By.id("sok")).getAttribute("value")).as("the search stays in the field")
                .isEqualTo("omsorgsgruppen");

        WebElement field = browser.findElement(By.id("sok"));
        field.clear();
        field.sendKeys("rymdresor");
        submitWith(button("Visa"));

        assertThat(browser.findElement(By.cssSelector("p.empty")).getText())
                .isEqualTo("Inga enheter matchar valet eller sökningen ”rymdresor”.");
    }

    @Test
    void unitsTickedInTheListAreComparedSideBySideInTheNeutralOrder() {
        open("/jamfor/hemtjanst");
        for (String unit : List.of("Ängsbackens hemtjänst", "Hemtjänst Norr", "Åsens hemtjänst")) {
            browser.findElement(By.xpath("//label[normalize-space()='" + unit + "']")).click();
        }
        submitWith(button("Jämför valda"));

        assertThat(heading()).isEqualTo("Jämför enheter");
        assertThat(browser.findElements(By.cssSelector("thead th[scope=col] > span:first-child")).stream()
                .map(WebElement::getText)).containsExactly("Hemtjänst Norr", "Åsens hemtjänst", "Ängsbackens hemtjänst");
        assertThat(browser.findElement(By.tagName("tbody")).getText())
                .contains("Andel nöjda brukare (%)", "Utförda timmar (timmar)", "för få svar");
    }

    @Test
    void theProviderLinkInTheListOpensTheProvidersPageWithEachUnitsLatestFigures() {
        open("/jamfor/hemtjanst");
        submitWith(browser.findElement(By.linkText("Omsorgsgruppen Norr AB")));

        assertThat(heading()).isEqualTo("Omsorgsgruppen Norr AB");
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Driftform", "Aktiebolag");
        assertThat(browser.findElements(By.tagName("h3")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("Hemtjänst Norr", "Hemtjänst Centrum");
        assertThat(browser.findElements(By.tagName("caption")).stream().map(WebElement::getText))
                .contains("Senaste uppgifter för Hemtjänst Norr");
    }

    @Test
    void theKeyboardAloneSkipsToTheContentFiltersTicksUnitsAndCompares() {
        open("/jamfor/hemtjanst");

        assertThat(tab()).isEqualTo("a: Hoppa till innehållet");
        keys(Keys.ENTER);
        assertThat(tab()).as("after the skip link, Tab continues in the main content")
                .isEqualTo("input: Sök enhet eller utförare");
        assertThat(tab()).isEqualTo("select: Område");
        keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(new Select(browser.findElement(By.id("omrade"))).getFirstSelectedOption().getText())
                .isEqualTo("Vallby norra");
        assertThat(tab()).isEqualTo("select: Driftform");
        assertThat(tab()).isEqualTo("button: Visa");
        submitWith(() -> keys(Keys.ENTER));
        assertThat(listedUnits()).containsExactly("Hemtjänst Norr", "Ängsbackens hemtjänst");

        assertThat(tab()).isEqualTo("a: Hoppa till innehållet");
        keys(Keys.ENTER);
        List<String> stops = new ArrayList<>();
        while (stops.size() < 20 && !stops.contains("button: Jämför valda")) {
            stops.add(tab());
            if (stops.get(stops.size() - 1).startsWith("input: ") && !stops.get(stops.size() - 1).startsWith("input: Sök")) {
                keys(Keys.SPACE);
            }
        }
        assertThat(stops).containsExactly("input: Sök enhet eller utförare", "select: Område", "select: Driftform",
                "button: Visa",
                "input: Hemtjänst Norr", "a: Omsorgsgruppen Norr AB", "input: Ängsbackens hemtjänst",
                "a: Ängsbacken omsorg", "button: Jämför valda");
        submitWith(() -> keys(Keys.ENTER));

        assertThat(heading()).isEqualTo("Jämför enheter");
        assertThat(browser.findElement(By.tagName("thead")).getText())
                .contains("Hemtjänst Norr", "Ängsbackens hemtjänst");
    }

    @Test
    void theKeyboardAloneOpensAServiceAreaFromTheStartPage() {
        open("/");

        assertThat(tab()).isEqualTo("a: Hoppa till innehållet");
        keys(Keys.ENTER);
        assertThat(tab()).isEqualTo("a: Hemtjänst");
        submitWith(() -> keys(Keys.ENTER));

        assertThat(heading()).isEqualTo("Hemtjänst");
    }

    @Test
    void pagesWithoutTablesReflowAt320CssPixelsWithoutSidewaysScrolling() {
        Dimension usual = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(320 + outerWidthBeyondViewport(), usual.getHeight()));
            for (String path : List.of("/", "/jamfor/tillganglighet", "/jamfor/rymdresor")) {
                open(path);
                Map<?, ?> widths = (Map<?, ?>) browser.executeScript(
                        "return {viewport: window.innerWidth, page: document.documentElement.scrollWidth};");
                assertThat(((Number) widths.get("page")).intValue())
                        .as("the width of %s at a viewport of %s CSS px (WCAG 2.1, 1.4.10)", path, widths.get("viewport"))
                        .isLessThanOrEqualTo(((Number) widths.get("viewport")).intValue());
            }
        } finally {
            browser.manage().window().setSize(usual);
        }
    }

    /**
     * Writes the screenshots the documentation shows: {@code -Dportal.screenshots=../docs/screenshots}
     * renews them (see docs/services/transparency-service.md); without it they go to target/.
     */
    @Test
    void theStartPageAndAProviderPageArePhotographedForTheDocumentation() throws IOException {
        Path directory = Path.of(System.getProperty(SCREENSHOTS, "target/screenshots"));
        Files.createDirectories(directory);

        for (Map.Entry<String, String> page : Map.of("portal-startsida.png", "/",
                "portal-utforarsida.png", "/jamfor/utforare/" + PortalDemoData.NORR_AB).entrySet()) {
            Path file = directory.resolve(page.getKey());
            Files.write(file, photograph(page.getValue()));

            assertThat(ImageIO.read(file.toFile())).as(file + " is a PNG of the whole page width")
                    .satisfies(image -> assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000));
            System.out.println("screenshot: " + file.toAbsolutePath().normalize());
        }
    }

    private byte[] photograph(String path) {
        open(path);
        Dimension usual = browser.manage().window().getSize();
        Number height = (Number) browser.executeScript(
                "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight;");
        browser.manage().window().setSize(new Dimension(usual.getWidth(), height.intValue()));
        try {
            return browser.getScreenshotAs(OutputType.BYTES);
        } finally {
            browser.manage().window().setSize(usual);
        }
    }

    private int outerWidthBeyondViewport() {
        return ((Number) browser.executeScript("return window.outerWidth - window.innerWidth;")).intValue();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Presses Tab and names where the focus went, after checking that it shows and is in view. */
    private String tab() {
        keys(Keys.TAB);
        @SuppressWarnings("unchecked")
        Map<String, Object> focused = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(FOCUSED);
        String stop = (String) focused.get("stop");
        assertThat(focused.get("outlined")).as("a visible focus outline on %s (outline contrast %s)", stop,
                focused.get("contrast")).isEqualTo(true);
        assertThat(focused.get("inView")).as(stop + " is in view when focused").isEqualTo(true);
        return stop;
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Clicks (or presses) and waits until the next page has replaced this one. */
    private void submitWith(WebElement element) {
        submitWith(element::click);
    }

    private void submitWith(Runnable action) {
        chromium.awaitNextPage(action, Duration.ofSeconds(20));
    }

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private List<String> listedUnits() {
        return browser.findElements(By.cssSelector("form[action='/jamfor/enheter'] tbody th[scope=row]")).stream()
                .map(WebElement::getText).toList();
    }
}
