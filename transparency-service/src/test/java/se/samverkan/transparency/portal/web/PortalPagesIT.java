package se.samverkan.transparency.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.transparency.portal.application.MeasureNameStore;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.portal.domain.MeasureFigures;
import se.samverkan.transparency.portal.domain.MeasureName;
import se.samverkan.transparency.portal.domain.UnitStatistics;
import se.samverkan.transparency.publicprovider.application.PublicProviderStore;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;

/** Jämför service's pages, as an anonymous citizen's browser gets them: Swedish, server-rendered, open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalPagesIT {

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
    @Autowired
    MongoTemplate mongo;

    private final String privateProvider = UUID.randomUUID().toString();
    private final String inHouse = UUID.randomUUID().toString();
    private final String cooperative = UUID.randomUUID().toString();
    private final String norr = UUID.randomUUID().toString();
    private final String asen = UUID.randomUUID().toString();
    private final String forskola = UUID.randomUUID().toString();
    private final String angsbacken = UUID.randomUUID().toString();

    @BeforeEach
    void publishedProvidersAndFigures() {
        provider(privateProvider, "Omsorgsgruppen Norr AB", "AKTIEBOLAG",
                new PublicUnit(norr, "Hemtjänst Norr", "HOME_CARE", "Vallby norra", "2026-01-01"));
        provider(inHouse, "Vallby kommuns produktion", "KOMMUNAL_EGENREGI",
                new PublicUnit(asen, "Åsens hemtjänst", "HOME_CARE", "Vallby södra", "2026-01-01"),
                new PublicUnit(forskola, "Björkens förskola", "PRESCHOOL", "Vallby södra", "2026-01-01"));
        provider(cooperative, "Ängsbacken omsorg", "KOOPERATIV",
                new PublicUnit(angsbacken, "Ängsbackens hemtjänst", "HOME_CARE", "Vallby norra", "2026-01-01"));
        figures(norr, survey(20, "85"), new MeasureFigures("USERS", "COUNT", BigDecimal.valueOf(23),
                Map.of("K", BigDecimal.valueOf(3), "M", BigDecimal.valueOf(20), "T", BigDecimal.valueOf(23)), null, null));
        figures(asen, survey(3, "40"));
        figures(angsbacken, survey(30, "75"));
        measureNames.saveIfNewer("spec-von", "HOME_CARE", 1, List.of(new MeasureName("NOJD", "Andel nöjda brukare", "%")),
                "n-1");
    }

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theStartPageLetsTheCitizenChooseAServiceAreaInSwedish() {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"sv\"", "Jämför service", "Välj verksamhet",
                "href=\"/jamfor/hemtjanst\"", "Särskilt boende", "href=\"/jamfor/forskola\"",
                "href=\"#innehall\"", "<main id=\"innehall\">", "<nav aria-label=\"Huvudmeny\">", "<footer");
    }

    @Test
    void aServiceAreaListsItsUnitsAlphabeticallyInSwedishWhateverTheFormOfOperation() {
        HttpResponse<String> page = get("/jamfor/hemtjanst");

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<h1>Hemtjänst</h1>", "Omsorgsgruppen Norr AB", "Kommunal egenregi", "Kooperativ")
                .doesNotContain("Björkens förskola");
        assertThat(body.indexOf("Hemtjänst Norr")).isLessThan(body.indexOf("Åsens hemtjänst"));
        assertThat(body.indexOf("Åsens hemtjänst")).as("the in-house unit is not put first")
                .isLessThan(body.indexOf("Ängsbackens hemtjänst"));
        assertThat(body).contains("<label for=\"omrade\">Område</label>", "<label for=\"driftform\">Driftform</label>",
                "<th scope=\"col\">Enhet</th>", "name=\"enhet\"", "action=\"/jamfor/enheter\"");
    }

    @Test
    void theListCanBeFilteredByAreaAndByFormOfOperation() {
        String inHouseOnly = get("/jamfor/hemtjanst?driftform=KOMMUNAL_EGENREGI").body();
        String north = get("/jamfor/hemtjanst?omrade=" + URLEncoder.encode("Vallby norra", StandardCharsets.UTF_8)).body();

        assertThat(inHouseOnly).contains("Åsens hemtjänst").doesNotContain("Hemtjänst Norr", "Ängsbackens hemtjänst");
        assertThat(north).contains("Hemtjänst Norr", "Ängsbackens hemtjänst").doesNotContain("Åsens hemtjänst");
        assertThat(get("/jamfor/hemtjanst?omrade=Ingenstans").body()).contains("Inga enheter matchar valet.");
    }

    @Test
    void anUnknownServiceAreaIsAnsweredInSwedishWith404() {
        HttpResponse<String> page = get("/jamfor/rymdresor");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Det finns inget verksamhetsområde som heter rymdresor.");
    }

    @Test
    void theProviderPageShowsTheLatestFiguresWithRespondentsAndTheMunicipalAverageAndHidesTooFewAnswers() {
        HttpResponse<String> page = get("/jamfor/utforare/" + privateProvider);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Omsorgsgruppen Norr AB</h1>", "Aktiebolag", "Hemtjänst Norr",
                "<th scope=\"row\">Andel nöjda brukare (%)</th>", "<th scope=\"row\">USERS</th>", "<td>2027</td>", "<td>85</td>", "<td>20</td>", "<td>62 %</td>",
                "80 (2 enheter)", "<td>23</td>", "för få svar");
    }

    @Test
    void theInHouseProvidersPageIsTheSameTemplateAndHidesASurveyWithTooFewRespondents() {
        String privatePage = get("/jamfor/utforare/" + privateProvider).body();
        String inHousePage = get("/jamfor/utforare/" + inHouse).body();

        assertThat(inHousePage).contains("<h1>Vallby kommuns produktion</h1>", "Kommunal egenregi",
                "Åsens hemtjänst", "Björkens förskola", "Inga uppgifter har rapporterats ännu.", "för få svar")
                .doesNotContain("<td>40</td>");
        for (String part : List.of("<dt>Driftform</dt>", "<h2>Enheter</h2>", "<th scope=\"col\">Kommunens snitt</th>")) {
            assertThat(privatePage).contains(part);
            assertThat(inHousePage).contains(part);
        }
        assertThat(get("/jamfor/utforare/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void twoToFourUnitsAreComparedSideBySide() {
        HttpResponse<String> page = get("/jamfor/enheter?enhet=" + norr + "&enhet=" + angsbacken + "&enhet=" + asen);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body.indexOf("Åsens hemtjänst")).as("side by side in the neutral order, not as asked")
                .isLessThan(body.indexOf("Ängsbackens hemtjänst"));
        assertThat(page.body()).contains("<h1>Jämför enheter</h1>", "Hemtjänst Norr", "Ängsbackens hemtjänst",
                "Åsens hemtjänst", "Kommunens snitt 80 (2 enheter)", "för få svar",
                "<th scope=\"row\">Andel nöjda brukare (%)</th>");
    }

    @Test
    void comparingOneUnitOrMoreThanFourIsRefusedWithAClearSwedishMessage() {
        HttpResponse<String> one = get("/jamfor/enheter?enhet=" + norr);
        HttpResponse<String> sameTwice = get("/jamfor/enheter?enhet=" + norr + "&enhet=" + norr);
        HttpResponse<String> five = get("/jamfor/enheter?enhet=a&enhet=b&enhet=c&enhet=d&enhet=e");
        HttpResponse<String> none = get("/jamfor/enheter");

        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(one.body()).contains("Välj minst 2 och högst 4 enheter att jämföra. Du valde 1.");
        assertThat(sameTwice.statusCode()).isEqualTo(400);
        assertThat(five.statusCode()).isEqualTo(400);
        assertThat(five.body()).contains("Du valde 5.");
        assertThat(none.statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = get("/jamfor/enheter?enhet=" + norr + "&enhet=" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("En av de valda enheterna finns inte.");
    }

    @Test
    void theAccessibilityStatementIsPublished() {
        HttpResponse<String> page = get("/jamfor/tillganglighet");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tillgänglighetsredogörelse för Jämför service", "Kända brister",
                "lagen (2018:1937)", "Digg");
        assertThat(get("/jamfor/resurser/portal.css").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) {
        return ApiClient.onPort(port).get(path);
    }

    private void provider(String id, String name, String legalForm, PublicUnit... units) {
        providers.saveIfNewer(new PublicProvider(id, name, legalForm, "556677-8899", List.of(), 1), "e-" + id);
        for (PublicUnit unit : units) {
            providers.addUnit(id, unit, "e-" + unit.unitId());
        }
    }

    private void figures(String unitId, MeasureFigures... values) {
        statistics.saveIfNewer(new UnitStatistics(unitId, "p", "Enhet", "HOME_CARE", null, "2027", "2027-01-01",
                "2027-12-31", 1, List.of(values)), "s-" + unitId);
    }

    private static MeasureFigures survey(int respondents, String result) {
        return new MeasureFigures("NOJD", "PERCENT", new BigDecimal(result), Map.of(), respondents,
                new BigDecimal("62"));
    }
}
