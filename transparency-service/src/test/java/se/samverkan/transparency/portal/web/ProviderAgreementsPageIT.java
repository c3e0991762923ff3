package se.samverkan.transparency.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
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
import se.samverkan.transparency.publicagreement.application.PublicAgreementStore;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;
import se.samverkan.transparency.publicprovider.application.PublicProviderStore;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;

/** The provider page's agreements: board, route, period and requirement summary, the same whatever the form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderAgreementsPageIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    PublicProviderStore providers;
    @Autowired
    PublicAgreementStore agreements;
    @Autowired
    MongoTemplate mongo;

    private final String privateProvider = UUID.randomUUID().toString();
    private final String inHouse = UUID.randomUUID().toString();

    @BeforeEach
    void providersAndAgreements() {
        providers.saveIfNewer(new PublicProvider(privateProvider, "Omsorgsgruppen Norr AB", "AKTIEBOLAG", "556677-8899",
                List.of(), 1), "p-1");
        providers.saveIfNewer(new PublicProvider(inHouse, "Vallby kommuns produktion", "KOMMUNAL_EGENREGI",
                "212000-0000", List.of(), 1), "p-2");
        String authorisation = UUID.randomUUID().toString();
        agreements.saveSignedIfNewer(agreement(authorisation, privateProvider, "LOV", "Auktorisation hemtjänst", null),
                "a-1");
        agreements.saveTerminationIfNewer(authorisation, "b-von", privateProvider,
                new PublicAgreement.Termination("2027-03-31", "Utföraren sade upp avtalet.", 3), "a-2");
        agreements.saveSignedIfNewer(agreement(UUID.randomUUID().toString(), inHouse, "DIRECT_ORDER",
                "Direktbeställning hemtjänst", "2027-12-31"), "a-3");
    }

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theProviderPageShowsEachAgreementWithBoardRoutePeriodAndRequirementsPerCategory() {
        String page = get("/jamfor/utforare/" + privateProvider).body();

        assertThat(page).contains("<h2 id=\"rubrik-avtal\">Avtal</h2>", "Auktorisation hemtjänst", "board-von",
                "Kundval (LOV)", "Hemtjänst", "2026-01-01 – 2027-03-31",
                "Avslutat 2027-03-31: Utföraren sade upp avtalet.", "Krav i avtalet (3 totalt)",
                "<th scope=\"row\">Grundläggande krav: kvalitet</th>", "<td>2</td>",
                "<th scope=\"row\">Arbetsvillkor</th>", "<td>1</td>")
                .doesNotContain("Direktbeställning hemtjänst");
    }

    @Test
    void anInHouseDirectOrderIsShownInTheSameTemplateAsAPrivateProvidersAgreement() {
        String inHousePage = get("/jamfor/utforare/" + inHouse).body();
        String privatePage = get("/jamfor/utforare/" + privateProvider).body();

        assertThat(inHousePage).contains("Direktbeställning till egenregin", "2026-01-01 – 2027-12-31",
                "Tecknat 2025-12-01");
        assertThat(labels(inHousePage)).isEqualTo(labels(privatePage));
    }

    @Test
    void aProviderWithoutAgreementsSaysSo() {
        String other = UUID.randomUUID().toString();
        providers.saveIfNewer(new PublicProvider(other, "Ängsbacken omsorg", "KOOPERATIV", null, List.of(), 1), "p-9");

        assertThat(get("/jamfor/utforare/" + other).body()).contains("Utföraren har inga publicerade avtal.");
    }

    /** The agreement section's field labels in order: the template's shape without its values. */
    private static List<String> labels(String page) {
        String section = page.substring(page.indexOf("id=\"rubrik-avtal\""));
        return java.util.regex.Pattern.compile("<dt>([^<]*)</dt>|<th scope=\"col\">([^<]*)</th>").matcher(section)
                .results().map(match -> match.group(1) != null ? match.group(1) : match.group(2)).toList();
    }

    private static PublicAgreement agreement(String id, String providerId, String route, String title, String endsOn) {
        return new PublicAgreement(id, "b-von", "board-von", providerId, route, "HOME_CARE", title, "2026-01-01",
                endsOn, new BigDecimal("1000000"), false, !"DIRECT_ORDER".equals(route), List.of(
                new PublicAgreement.Requirement("r-1", "BASIC_QUALITY", "Fast kontaktperson.", "USER_SURVEY"),
                new PublicAgreement.Requirement("r-2", "LABOUR_CONDITIONS", "Kollektivavtalsenliga villkor.", "VISIT"),
                new PublicAgreement.Requirement("r-3", "BASIC_QUALITY", "Genomförandeplan.", "DOCUMENT_REVIEW")),
                "2025-12-01", 1, null, null);
    }

    private HttpResponse<String> get(String path) {
        return ApiClient.onPort(port).get(path);
    }
}
