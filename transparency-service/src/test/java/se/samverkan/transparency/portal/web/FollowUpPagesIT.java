package se.samverkan.transparency.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.agreement;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.boardGoals;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.closed;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.councilGoals;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.decided;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.item;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.plan;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.registered;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.transparency.portal.messaging.FollowUpEvents;
import se.samverkan.transparency.publicprovider.application.PublicProviderStore;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;

/**
 * The boards' goals and follow-up plans and each provider's findings, fed through the listeners
 * on the real broker and read as an anonymous citizen's browser gets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpPagesIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;
    @Autowired
    PublicProviderStore providers;
    @Autowired
    MongoTemplate mongo;

    private final String board = UUID.randomUUID().toString();
    private final String privateProvider = UUID.randomUUID().toString();
    private final String inHouse = UUID.randomUUID().toString();
    private final String cooperative = UUID.randomUUID().toString();
    private final String agreementId = UUID.randomUUID().toString();
    private final String requirement = UUID.randomUUID().toString();
    private FollowUpEvents events;

    @BeforeEach
    void publishedProvidersGoalsAndPlans() {
        events = new FollowUpEvents(rabbit, topology);
        provider(privateProvider, "Omsorgsgruppen Norr AB", "AKTIEBOLAG");
        provider(inHouse, "Vallby kommuns produktion", "KOMMUNAL_EGENREGI");
        provider(cooperative, "Ängsbacken omsorg", "KOOPERATIV");
        events.publish(councilGoals("2023-2026", "kf-1", 0));
        events.publish(boardGoals(board, "VON", "2023-2026", "kf-1", "Brukarna är nöjda med hemtjänsten", 2));
        events.publish(plan(UUID.randomUUID().toString(), board, 2026, 1,
                List.of(item(privateProvider, "Förra årets avtalsuppföljning"))));
        events.publish(plan(UUID.randomUUID().toString(), board, 2027, 3, List.of(
                item(cooperative, "Måltider och delaktighet"),
                item(inHouse, "Kontinuitet i egen regi"),
                item(privateProvider, "Kontinuitet och kontaktpersoner i hemtjänsten"))));
        events.publish(agreement(agreementId, privateProvider, "Auktorisation hemtjänst, Omsorgsgruppen Norr AB",
                requirement));
    }

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theStartPageAndEveryProvidersPageLinkToTheFollowUp() {
        assertThat(get("/").body()).contains("<h2>Mål och uppföljning</h2>", "href=\"/jamfor/namnder\"");
        for (String provider : List.of(privateProvider, inHouse)) {
            assertThat(get("/jamfor/utforare/" + provider).body())
                    .contains("<h2>Uppföljning</h2>", "href=\"/jamfor/utforare/" + provider + "/uppfoljning\"");
        }
    }

    @Test
    void theBoardsAreListedWithTheirMandatePeriodsAndPlanYears() {
        String page = awaitPage("/jamfor/namnder", "2026, 2027");

        assertThat(page).contains("<h1>Nämndernas mål och uppföljning</h1>", "<th scope=\"col\">Nämnd</th>",
                "href=\"/jamfor/namnder/" + board + "\"", ">VON</a>", "2023–2026");
    }

    @Test
    void theBoardPageShowsItsGoalsWithIndicatorsAndTargetsAndItsNewestDecidedPlan() {
        String page = awaitPage("/jamfor/namnder/" + board, "Kontinuitet och kontaktpersoner i hemtjänsten");

        assertThat(page).contains("<h1>VON: mål och uppföljning</h1>", "<h2 id=\"mal\">Nämndens mål</h2>",
                "Mandatperioden 2023–2026", "Brukarna är nöjda med hemtjänsten",
                "1. Äldre ska kunna leva ett tryggt och självständigt liv (Social hållbarhet)",
                "<th scope=\"row\">Andel brukare nöjda med hemtjänsten</th>", "<th scope=\"col\">Målvärde 2026</th>",
                "<td>Öka</td>", "<td>90</td>", "<td>92,5</td>", "Uppföljningsplan 2027", "VON § 145", "2026-12-10",
                "<th scope=\"col\">Vad som följs upp</th>", "<td>Avtalsuppföljning</td>", "<td>Två gånger per år</td>",
                "<td>nämnden, utföraren och allmänheten</td>", "aria-label=\"Uppföljningsplaner per år\"",
                "aria-current=\"page\">2027</a>")
                .doesNotContain("Förra årets avtalsuppföljning", "von.avtal");
        assertThat(page.indexOf("Omsorgsgruppen Norr AB")).as("the plan's providers in Swedish order")
                .isLessThan(page.indexOf("Vallby kommuns produktion"));
        assertThat(page.indexOf("Vallby kommuns produktion")).as("the in-house production is not put first")
                .isLessThan(page.indexOf("Ängsbacken omsorg"));
    }

    @Test
    void anEarlierYearsPlanIsChosenByYearAndAYearWithoutAPlanIsSaidSo() {
        awaitPage("/jamfor/namnder/" + board, "Kontinuitet och kontaktpersoner i hemtjänsten");

        assertThat(get("/jamfor/namnder/" + board + "?ar=2026").body()).contains("Uppföljningsplan 2026",
                "Förra årets avtalsuppföljning").doesNotContain("Måltider och delaktighet");
        assertThat(get("/jamfor/namnder/" + board + "?ar=2020").body())
                .contains("Nämnden har ingen beslutad uppföljningsplan för 2020.");
        HttpResponse<String> notAYear = get("/jamfor/namnder/" + board + "?ar=snart");
        assertThat(notAYear.statusCode()).isEqualTo(404);
        assertThat(notAYear.body()).contains("Ange året med fyra siffror");
        HttpResponse<String> unknown = get("/jamfor/namnder/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Nämnden finns inte eller har inte publicerat mål eller uppföljningsplan.");
    }

    @Test
    void theProvidersFollowUpPageShowsEachFindingWithItsStatusAndDatesUnderItsAgreement() {
        String open = UUID.randomUUID().toString();
        String accepted = UUID.randomUUID().toString();
        String done = UUID.randomUUID().toString();
        events.publish(registered(open, agreementId, privateProvider, requirement, "Genomförandeplaner saknas.", "2027-04-02"));
        events.publish(decided(accepted, agreementId, privateProvider, "ACCEPTED", "2027-03-20", 4));
        events.publish(registered(accepted, agreementId, privateProvider, requirement, "Kontaktperson okänd.", "2027-02-10"));
        events.publish(closed(done, agreementId, privateProvider, "2027-06-01", 6));
        events.publish(registered(done, agreementId, privateProvider, requirement, "Larm besvarades sent.", "2027-01-15"));

        String page = awaitPage("/jamfor/utforare/" + privateProvider + "/uppfoljning", "Avslutad 2027-06-01");

        assertThat(page).contains("<h1>Uppföljning av Omsorgsgruppen Norr AB</h1>",
                "<h2 id=\"avvikelser\">Avvikelser och åtgärdsplaner</h2>", "3 avvikelser",
                "Auktorisation hemtjänst, Omsorgsgruppen Norr AB</h3>", "Verksamhet: Hemtjänst",
                "<th scope=\"col\">Krav som inte uppfylls</th>", "Grundläggande krav: kvalitet",
                "Brukaren ska ha en fast kontaktperson.", "Brukarundersökning, 2027-01-31", "<td>Hög</td>",
                "<td>öppen</td>", "Åtgärdsplan senast 2027-03-10", "<td>åtgärdsplan godkänd</td>",
                "Åtgärdsplan godkänd 2027-03-20", "<td>avslutad</td>",
                "<h2 id=\"planerad\">Planerad uppföljning</h2>", "Kontinuitet och kontaktpersoner i hemtjänsten",
                "Förra årets avtalsuppföljning", "href=\"/jamfor/namnder/" + board + "?ar=2027\"")
                .doesNotContain("Anna Avtalsansvarig", "von.avtal", "Planen saknar en åtgärd");
        assertThat(page.indexOf("Genomförandeplaner saknas.")).as("the newest registration first")
                .isLessThan(page.indexOf("Kontaktperson okänd.")).isLessThan(page.indexOf("Larm besvarades sent."));
    }

    @Test
    void everyProviderGetsTheSameFollowUpTemplateWhateverItsFormOfOperation() {
        events.publish(registered(UUID.randomUUID().toString(), agreementId, privateProvider, requirement,
                "Genomförandeplaner saknas.", "2027-04-02"));
        String privatePage = awaitPage("/jamfor/utforare/" + privateProvider + "/uppfoljning", "Genomförandeplaner saknas.");
        String inHousePage = awaitPage("/jamfor/utforare/" + inHouse + "/uppfoljning", "Kontinuitet i egen regi");

        assertThat(inHousePage).contains("<h1>Uppföljning av Vallby kommuns produktion</h1>", "Kommunal egenregi",
                "Nämnderna har inte registrerat några avvikelser för utföraren.");
        for (String part : List.of("<dt>Driftform</dt>", "<h2 id=\"avvikelser\">Avvikelser och åtgärdsplaner</h2>",
                "<h2 id=\"planerad\">Planerad uppföljning</h2>", "<th scope=\"col\">Återkoppling till</th>")) {
            assertThat(privatePage).contains(part);
            assertThat(inHousePage).contains(part);
        }
        assertThat(get("/jamfor/utforare/" + UUID.randomUUID() + "/uppfoljning").statusCode()).isEqualTo(404);
    }

    @Test
    void aLongListOfFindingsIsPagedTwentyAtATime() {
        for (int day = 1; day <= 21; day++) {
            events.publish(registered(UUID.randomUUID().toString(), agreementId, cooperative, requirement,
                    "Iakttagelse nummer " + day + ".", "2027-03-%02d".formatted(day)));
        }
        String path = "/jamfor/utforare/" + cooperative + "/uppfoljning";

        // the list and its count are two reads: wait until both have seen the last registration
        String first = awaitPage(path, "21 avvikelser", "Iakttagelse nummer 21.");
        String second = get(path + "?sida=2").body();

        assertThat(first).contains("Iakttagelse nummer 21.", "Iakttagelse nummer 2.", "Sida 1 av 2",
                "aria-label=\"Sidor med avvikelser\"", "href=\"/jamfor/utforare/" + cooperative + "/uppfoljning?sida=2\"",
                "Nästa sida").doesNotContain("Iakttagelse nummer 1.", "Föregående sida");
        assertThat(second).contains("Iakttagelse nummer 1.", "Sida 2 av 2", "Föregående sida")
                .doesNotContain("Iakttagelse nummer 2.", "Nästa sida");
    }

    private String awaitPage(String path, String... expected) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> get(path).body(),
                body -> List.of(expected).stream().allMatch(body::contains));
    }

    private HttpResponse<String> get(String path) {
        return ApiClient.onPort(port).get(path);
    }

    private void provider(String id, String name, String legalForm) {
        providers.saveIfNewer(new PublicProvider(id, name, legalForm, "556677-8899", List.of(), 1), "e-" + id);
        providers.addUnit(id, new PublicUnit(UUID.randomUUID().toString(), name + " enhet", "HOME_CARE", "Vallby",
                "2026-01-01"), "u-" + id);
    }
}
