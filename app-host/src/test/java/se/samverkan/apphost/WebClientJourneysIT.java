package se.samverkan.apphost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.samverkan.defaults.testing.browser.Axe;
import se.samverkan.defaults.testing.browser.Chromium;

/**
 * The web client's main journey of each role, in a real headless Chromium through the gateway of
 * the whole platform with the demo users and the demo data: an orderer official decides a
 * follow-up plan and registers a finding; the provider answers it with an action plan, fixing the
 * date the API refused; finance downloads an export; the council analyst follows coverage,
 * agreements, the reporting calendar and goal attainment, and the production board its result
 * units' economy. Every screen on the way is checked with
 * axe-core (WCAG 2.1 A and AA): no violations. With {@code -Dsamverkan.screenshots=true} the
 * main screens are written to docs/screenshots/.
 */
@ExtendWith(Chromium.Required.class)
class WebClientJourneysIT {

    @TempDir
    static Path dataDir;
    private static Platform platform;
    private static Chromium chromium;
    private static String app;

    @BeforeAll
    static void start() throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        PlatformConfig.SERVICES.forEach(service -> ports.put(service, freePort()));
        ports.put(PlatformConfig.WEB_CLIENT, freePort());
        PlatformConfig config = PlatformConfig.defaults(AppHost.home())
                .withDataDir(dataDir)
                .withGatewayPort(freePort())
                .withServicePorts(ports)
                .withMongoPort(freePort())
                .withAmqpPort(Platform.answers("127.0.0.1", 5672) ? 5672 : freePort())
                .withIssuerPort(freePort())
                .withNamespace("web-" + UUID.randomUUID().toString().substring(0, 8))
                .withExtraServiceArgs(List.of("--samverkan.messaging.delete-topology-on-shutdown=true"));
        platform = Platform.start(config, line -> System.out.println("[web] " + line));
        app = platform.webClientUri().toString();
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    /** Each journey starts signed out, whatever the one before left behind. */
    @BeforeEach
    void signedOut() {
        chromium.driver().get(app + "resurser/app.css");
        chromium.driver().manage().deleteAllCookies();
    }

    @Test
    void anOrdererOfficialDecidesAFollowUpPlanAndRegistersAFindingWhichTheProviderAnswersWithAnActionPlan() {
        WebDriver browser = chromium.driver();
        signIn("von.handlaggare");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Välkommen");
        assertThat(menu()).contains("Uppföljningsplaner", "Avvikelser").doesNotContain("Exporter");
        accessible("start (beställarhandläggare)");
        screenshot("start");

        // the board's plan for 2028: the decision is refused while a contracted provider is missing from it
        click(By.linkText("Uppföljningsplaner"));
        accessible("uppföljningsplaner");
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2028");
        click(By.xpath("//button[text()='Starta planen']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Uppföljningsplan 2028");
        browser.findElement(By.id("reference")).sendKeys("VON 2027/188");
        click(By.xpath("//button[text()='Besluta planen']"));
        WebElement refusal = browser.findElement(By.cssSelector("#beslut ~ .error-summary, .error-summary"));
        assertThat(refusal.getText()).contains("Planen kan inte beslutas ännu").contains("Omsorgsgruppen Norr AB");
        accessible("uppföljningsplan med fel");
        screenshot("uppfoljningsplan-fel");

        List<String> missing = new Select(browser.findElement(By.id("providerId"))).getOptions().stream()
                .map(WebElement::getText).filter(name -> !name.equals("Välj utförare")).toList();
        assertThat(missing).contains("Omsorgsgruppen Norr AB");
        for (String provider : missing) {
            new Select(browser.findElement(By.id("providerId"))).selectByVisibleText(provider);
            browser.findElement(By.id("what")).sendKeys("Avtalets kvalitetskrav och brukarnas nöjdhet");
            new Select(browser.findElement(By.id("form"))).selectByVisibleText("Avtalsuppföljning");
            browser.findElement(By.id("responsible")).sendKeys("von.avtal");
            new Select(browser.findElement(By.id("interval"))).selectByVisibleText("Två gånger om året");
            click(By.xpath("//button[text()='Lägg till punkten']"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Punkten är tillagd");
        }
        browser.findElement(By.id("reference")).sendKeys("VON 2027/188");
        click(By.xpath("//button[text()='Besluta planen']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Planen är beslutad");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Status: beslutad");
        accessible("beslutad uppföljningsplan");
        screenshot("uppfoljningsplan-beslutad");

        // a finding against a requirement of the agreement with Omsorgsgruppen Norr: the evidence is required
        click(By.linkText("Avvikelser"));
        accessible("avvikelser (beställare)");
        click(By.linkText("Registrera en avvikelse"));
        new Select(browser.findElement(By.id("valj-avtal")))
                .selectByVisibleText("Auktorisation hemtjänst, Omsorgsgruppen Norr AB – Omsorgsgruppen Norr AB");
        click(By.xpath("//button[text()='Välj avtalet']"));
        new Select(browser.findElement(By.id("requirementId"))).selectByIndex(1);
        new Select(browser.findElement(By.id("severity"))).selectByVisibleText("Hög");
        browser.findElement(By.id("planDueOn")).sendKeys(today().plusDays(20).toString());
        click(By.xpath("//button[text()='Registrera avvikelsen']"));
        assertThat(fieldError("evidence")).contains("evidence");
        assertThat(browser.findElement(By.id("evidence")).getAttribute("aria-invalid")).isEqualTo("true");
        accessible("ny avvikelse med fel");
        screenshot("avvikelse-fel");
        browser.findElement(By.id("evidence")).sendKeys("Vid besöket hade tre av fem brukare ingen genomförandeplan.");
        click(By.xpath("//button[text()='Registrera avvikelsen']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Avvikelsen är registrerad");
        String finding = browser.getCurrentUrl().replaceAll("\\?.*$", "");
        accessible("registrerad avvikelse");
        signOut();

        // the provider answers with an action plan; a date already passed is refused beside its field, then fixed
        signIn("norr.utforare");
        assertThat(menu()).contains("Avvikelser").doesNotContain("Uppföljningsplaner", "Exporter");
        click(By.linkText("Avvikelser"));
        assertThat(browser.findElements(By.cssSelector("a[href='" + URI.create(finding).getPath() + "']"))).isNotEmpty();
        browser.get(finding);
        browser.findElement(By.id("analysis")).sendKeys("Nya medarbetare har inte fått introduktion i genomförandeplaner.");
        browser.findElement(By.id("action-description")).sendKeys("Introduktion för alla nya medarbetare.");
        browser.findElement(By.id("action-responsible")).sendKeys("Enhetschefen");
        browser.findElement(By.id("action-dueOn")).sendKeys(today().minusDays(3).toString());
        browser.findElement(By.id("action-expectedEffect")).sendKeys("Varje brukare har en genomförandeplan.");
        click(By.xpath("//button[text()='Lämna åtgärdsplanen']"));
        assertThat(fieldError("actions[0].dueOn")).contains("redan passerat");
        assertThat(browser.findElement(By.id("analysis")).getText()).as("what was typed is kept")
                .contains("Nya medarbetare");
        accessible("åtgärdsplan med fel");
        screenshot("atgardsplan-fel");
        WebElement dueOn = browser.findElement(By.id("action-dueOn"));
        dueOn.clear();
        dueOn.sendKeys(today().plusDays(30).toString());
        enter(dueOn);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Åtgärdsplanen är inlämnad");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Åtgärdsplan 1")
                .contains("Introduktion för alla nya medarbetare.");
        accessible("inlämnad åtgärdsplan");
        screenshot("atgardsplan-inlamnad");
        signOut();
    }

    @Test
    void aProviderSubmitsAMonthsStatisticsAndFixesTheFiguresTheApiRefuses() {
        WebDriver browser = chromium.driver();
        signIn("norr.utforare");
        click(By.linkText("Statistik"));
        accessible("statistik, välj enhet");
        WebElement period = browser.findElement(By.id("period"));
        period.clear();
        period.sendKeys("2026-11");
        click(By.xpath("//button[text()='Visa formuläret']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Statistik 2026-11");
        fill("m.HOME_CARE_HOURS_PERFORMED.value", "3600");
        fill("m.HOME_CARE_HOURS_PERFORMED.K", "2300");
        fill("m.HOME_CARE_HOURS_PERFORMED.M", "1300");
        ageBands("m.HOME_CARE_HOURS_PERFORMED.age.", "200", "800", "1600", "1000");
        fill("m.HOME_CARE_USERS.value", "190");
        fill("m.HOME_CARE_USERS.K", "120");
        fill("m.HOME_CARE_USERS.M", "60");
        ageBands("m.HOME_CARE_USERS.age.", "10", "40", "90", "50");
        fill("m.HOME_CARE_USERS.area", "Vallby");
        fill("m.HOME_CARE_USERS.areaValue", "190");
        fill("m.HOME_CARE_STAFF_FTE.value", "24");
        fill("m.HOME_CARE_HOURS_PER_FTE.value", "150");
        fill("m.HOME_CARE_DEVIATIONS.value", "2");
        accessible("statistikformulär");
        click(By.xpath("//button[text()='Lämna rapporten']"));

        assertThat(fieldError("m.HOME_CARE_USERS.gender")).as("women and men do not add up to the total").isNotBlank();
        assertThat(browser.findElement(By.name("m.HOME_CARE_USERS.M")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.name("m.HOME_CARE_STAFF_FTE.value")).getAttribute("value"))
                .as("what was typed is kept").isEqualTo("24");
        accessible("statistik med fel");
        screenshot("statistik-fel");
        WebElement men = browser.findElement(By.name("m.HOME_CARE_USERS.M"));
        men.clear();
        men.sendKeys("70");
        click(By.xpath("//button[text()='Lämna rapporten']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Statistiken är inlämnad");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("2026-11");
        accessible("statistik inlämnad");
        signOut();
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesTheFocusToTheContentWithAVisibleOutline() {
        WebDriver browser = chromium.driver();
        signIn("ekonomi");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skipLink = browser.switchTo().activeElement();
        assertThat(skipLink.getText()).isEqualTo("Hoppa till innehållet");
        assertThat(skipLink.getCssValue("outline-style")).as("focus is visible").isEqualTo("solid");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("main");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).as("the next stop is the first link in the content")
                .isEqualTo("Avvikelser");
        signOut();
    }

    @Test
    void financeDownloadsTheInHouseResultsAsCsvForExcel() throws Exception {
        WebDriver browser = chromium.driver();
        signIn("ekonomi");
        assertThat(menu()).contains("Exporter", "Avvikelser").doesNotContain("Uppföljningsplaner");
        click(By.linkText("Exporter"));
        new Select(browser.findElement(By.id("year"))).selectByVisibleText("2026");
        click(By.xpath("//button[text()='Visa']"));
        accessible("exporter");
        screenshot("exporter");
        String csv = browser.findElement(By.partialLinkText("CSV för Excel")).getAttribute("href");
        String session = browser.manage().getCookieNamed("SAMVERKAN_WEB").getValue();

        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv))
                .header("Cookie", "SAMVERKAN_WEB=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        String text = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 with BOM, semicolons, the header row").startsWith("\uFEFFÅr;Månad;Resultatenhet-id");
        assertThat(text.lines().count()).as("the demo result units' closed months of 2026").isGreaterThan(1);
        signOut();
    }

    @Test
    void theCouncilAnalystFollowsTheBoardsCoverageAgreementsReportingAndGoalAttainmentInTablesAndCharts() {
        WebDriver browser = chromium.driver();
        signIn("klk.analytiker");
        assertThat(menu()).contains("Täckning", "Avtal", "Resultatenheter", "Rapportering", "Måluppfyllelse")
                .doesNotContain("Uppföljningsplaner");

        // coverage of VON's follow-up this year: the demo's visit to Hemtjänst Norr, drawn and tabled
        click(By.linkText("Täckning"));
        new Select(browser.findElement(By.id("namnd"))).selectByVisibleText("Vård- och omsorgsnämnden");
        click(By.xpath("//button[text()='Visa']"));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Vård- och omsorgsnämnden");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hemtjänst Norr", "Anna Andersson");
        assertThat(browser.findElement(By.cssSelector("svg[role=img] title")).getAttribute("textContent"))
                .startsWith("Enheternas uppföljning " + today().getYear());
        accessible("täckning");
        screenshot("tackning");

        // the register, narrowed to signed LOV agreements, and one agreement's requirements and findings
        click(By.linkText("Avtal"));
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Undertecknat");
        new Select(browser.findElement(By.id("vag"))).selectByVisibleText("Kundval (LOV)");
        new Select(browser.findElement(By.id("sortering"))).selectByVisibleText("Namn, A–Ö");
        click(By.xpath("//button[text()='Visa']"));
        assertThat(browser.getCurrentUrl()).contains("status=SIGNED").contains("vag=LOV");
        accessible("avtal");
        click(By.linkText("Auktorisation hemtjänst, Omsorgsgruppen Norr AB"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Auktorisation hemtjänst, Omsorgsgruppen Norr AB");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Krav per kategori",
                "Avvikelser mot avtalet");
        assertThat(browser.findElements(By.cssSelector("main a[href*='/app/avvikelser/']"))).as("its findings link")
                .isNotEmpty();
        accessible("ett avtal");
        screenshot("avtal");

        // the calendar and the in-house unit's statistics for September and October that never came
        click(By.linkText("Rapportering"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapporteringskalender " + today().getYear());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Statistik som saknas", "Hemtjänst Centrum");
        accessible("rapportering");
        screenshot("rapportering");

        // goal attainment of 2026 in the mandate period 2023-2026, and the K/M analysis of the same year
        click(By.linkText("Måluppfyllelse"));
        new Select(browser.findElement(By.id("ar"))).selectByVisibleText("2026");
        click(By.xpath("//button[text()='Visa']"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Andel brukare nöjda med hemtjänsten");
        assertThat(browser.findElements(By.cssSelector("svg[role=img]"))).as("an indicator's actual against its target")
                .isNotEmpty();
        accessible("måluppfyllelse");
        screenshot("maluppfyllelse");
        click(By.linkText("jämställdhetsanalysen"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jämställdhetsanalys 2026");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Andel brukare nöjda med hemtjänsten");
        accessible("jämställdhetsanalys");
        screenshot("jamstalldhet");
        signOut();
    }

    @Test
    void theProductionBoardSeesEachResultUnitsMarginAgainstItsRequirementAndItsEquityOverTime() {
        WebDriver browser = chromium.driver();
        signIn("produktion.styrelse");
        assertThat(menu()).contains("Resultatenheter", "Måluppfyllelse").doesNotContain("Täckning", "Rapportering");
        click(By.linkText("Resultatenheter"));
        new Select(browser.findElement(By.id("ar"))).selectByVisibleText("2026");
        click(By.xpath("//button[text()='Visa']"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hemtjänst Vallby centrum",
                "Förskolan Ekorren", "Förskola");
        accessible("resultatenheter");
        screenshot("resultatenheter");
        click(By.linkText("Förskolan Ekorren"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Förskolan Ekorren");
        assertThat(browser.findElements(By.cssSelector("svg[role=img]"))).as("margin and equity charts").hasSize(2);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Rörelsemarginal mot resultatkrav",
                "Eget kapital över tid", "2025", "2026");
        accessible("resultatenhet");
        screenshot("resultatenhet");
        signOut();
    }

    @Test
    void theLoginFormAndTheSignedOutPageAreAccessibleAndAWrongPasswordIsSaidInSwedish() {
        WebDriver browser = chromium.driver();
        browser.get(app);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        accessible("inloggning");
        screenshot("inloggning");
        browser.findElement(By.id("username")).sendKeys("ekonomi");
        browser.findElement(By.id("password")).sendKeys("fel-lösenord");
        enter(browser.findElement(By.id("password")));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Fel användarnamn eller lösenord");
        accessible("inloggning med fel");
        browser.findElement(By.id("password")).sendKeys("ekonomi");
        enter(browser.findElement(By.id("password")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("^" + app));
        signOut();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Du är utloggad");
        accessible("utloggad");
        browser.get(app + "exporter");
        assertThat(browser.findElements(By.id("username"))).as("signed out means signed out").isNotEmpty();
    }

    /** Clicks what submits a form or follows a link, and waits until the next page has replaced this one. */
    private static void click(By target) {
        chromium.awaitNextPage(() -> chromium.driver().findElement(target).click(), Duration.ofSeconds(30));
    }

    /** Presses Enter in a field, which submits its form, and waits for the next page. */
    private static void enter(WebElement field) {
        chromium.awaitNextPage(() -> field.sendKeys(Keys.ENTER), Duration.ofSeconds(30));
    }

    private static void fill(String name, String value) {
        WebElement field = chromium.driver().findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Fills the age bands of a measure in the order the form lists them. */
    private static void ageBands(String prefix, String... values) {
        List<WebElement> fields = chromium.driver().findElements(By.cssSelector("input[name^='" + prefix + "']"));
        assertThat(fields).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            fields.get(i).clear();
            fields.get(i).sendKeys(values[i]);
        }
    }

    private static void signIn(String user) {
        WebDriver browser = chromium.driver();
        browser.get(app);
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        click(By.xpath("//button[text()='Logga in']"));
        assertThat(browser.getCurrentUrl()).startsWith(app);
        assertThat(browser.findElement(By.className("signed-in")).getText()).as("signed in as %s", user)
                .contains("Logga ut");
    }

    private static void signOut() {
        click(By.xpath("//button[text()='Logga ut']"));
    }

    private static String menu() {
        return chromium.driver().findElement(By.cssSelector("nav[aria-label=Huvudmeny]")).getText();
    }

    private static String fieldError(String field) {
        return chromium.driver().findElement(By.cssSelector("[id='fel-" + field + "']")).getText();
    }

    private static void accessible(String screen) {
        Axe.Result result = Axe.analyse(chromium.driver(), Axe.WCAG_21_AA);
        System.out.println("[axe] " + screen + ": " + result.summary());
        assertThat(result.violations()).as("axe-core on %s:\n%s", screen, result.details()).isEmpty();
    }

    private static void screenshot(String name) {
        if (!Boolean.getBoolean("samverkan.screenshots")) {
            return;
        }
        try {
            Path target = AppHost.home().resolve("docs").resolve("screenshots").resolve("web-client-" + name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, chromium.driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
