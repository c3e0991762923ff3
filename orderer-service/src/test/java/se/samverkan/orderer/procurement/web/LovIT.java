package se.samverkan.orderer.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.samverkan.contracts.orderer.LovApplicationAuthorisedV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.orderer.agreement.application.AgreementService;
import se.samverkan.orderer.testing.KnownProviders;

/**
 * A board's LOV choice system for home care: a rulebook, applications from the municipality's
 * own production and a private provider on the same terms, a refusal with reasons and an
 * authorisation that concludes the agreement with the rulebook's requirements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LovIT {

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
    MongoTemplate mongo;
    @Autowired
    AgreementService agreements;

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void inHouseAndPrivateProvidersApplyUnderTheSameRulebookAndAnAuthorisationConcludesTheAgreement() {
        String board = ApiClient.json(api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}")).get("id").asString();
        String inHouse = KnownProviders.announce(rabbit, topology, mongo, "Vallby hemtjänst i egen regi",
                "KOMMUNAL_EGENREGI", "provider-vallby-produktion");
        String norr = KnownProviders.announce(rabbit, topology, mongo, "Omsorgsgruppen Norr AB", "AKTIEBOLAG",
                "provider-omsorgsgruppen-norr");
        ApiClient von = api().as(ORDERER_OFFICIAL, "board-von");

        HttpResponse<String> published = von.post("/api/v1/rulebooks", rulebook(board));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        String rulebook = ApiClient.json(published).get("id").asString();
        assertThat(api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr").get("/api/v1/rulebooks/" + rulebook)
                .statusCode()).as("a provider reads the rulebook before applying").isEqualTo(200);

        ApiClient production = api().as(PRODUCTION_BOARD, "provider-vallby-produktion");
        ApiClient private_ = api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr");
        HttpResponse<String> inHouseApplied = production.post("/api/v1/lov-applications", application(rulebook,
                inHouse));
        HttpResponse<String> privateApplied = private_.post("/api/v1/lov-applications", application(rulebook, norr));
        assertThat(inHouseApplied.statusCode()).as(inHouseApplied.body()).isEqualTo(201);
        assertThat(privateApplied.statusCode()).as(privateApplied.body()).isEqualTo(201);
        assertThat(private_.post("/api/v1/lov-applications", application(rulebook, inHouse)).statusCode())
                .as("a provider applies only for itself").isEqualTo(404);
        assertThat(private_.post("/api/v1/lov-applications", application(rulebook, norr)).statusCode())
                .as("one application at a time per provider and rulebook").isEqualTo(409);
        String inHouseApplication = ApiClient.json(inHouseApplied).get("id").asString();
        String privateApplication = ApiClient.json(privateApplied).get("id").asString();

        HttpResponse<String> unexplained = von.post("/api/v1/lov-applications/" + privateApplication + "/refuse",
                "{\"decidedOn\":\"2026-11-20\",\"reasons\":[]}");
        assertThat(ApiClient.json(unexplained).get("errors").findValuesAsString("rule"))
                .containsExactly("refusal-reasons");
        HttpResponse<String> refused = von.post("/api/v1/lov-applications/" + privateApplication + "/refuse", """
                {"decidedOn":"2026-11-20","reasons":["Kollektivavtal eller motsvarande villkor är inte styrkta."]}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(private_.post("/api/v1/lov-applications", application(rulebook, norr)).statusCode())
                .as("after a refusal the provider may apply again").isEqualTo(201);

        HttpResponse<String> authorised = von.post("/api/v1/lov-applications/" + inHouseApplication + "/authorise",
                "{\"decidedOn\":\"2026-11-20\",\"startsOn\":\"2027-01-01\"}");
        assertThat(authorised.statusCode()).as(authorised.body()).isEqualTo(200);
        String agreementId = ApiClient.json(authorised).get("agreementId").asString();

        await().atMost(Duration.ofSeconds(15)).until(() -> von.get("/api/v1/agreements/" + agreementId)
                .statusCode() == 200);
        JsonNode agreement = ApiClient.json(von.get("/api/v1/agreements/" + agreementId));
        assertThat(agreement.get("route").asString()).isEqualTo("LOV");
        assertThat(agreement.get("status").asString()).isEqualTo("SIGNED");
        assertThat(agreement.get("provider").get("id").asString()).isEqualTo(inHouse);
        assertThat(agreement.get("rulebookReference").asString()).isEqualTo("VON 2027/14");
        assertThat(agreement.get("requirements").size()).as("the rulebook's requirements bind it").isEqualTo(4);
        assertThat(ApiClient.json(api().as(COUNCIL_ANALYST, "ks-klk").get("/api/v1/lov-applications?rulebookId="
                + rulebook)).get("totalElements").asLong()).isEqualTo(3);
        assertThat(ApiClient.json(private_.get("/api/v1/lov-applications")).get("totalElements").asLong())
                .as("a provider sees only its own applications").isEqualTo(2);
    }

    @Test
    void aRedeliveredAuthorisationConcludesTheAgreementOnce() {
        String board = ApiClient.json(api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}")).get("id").asString();
        String norr = KnownProviders.announce(rabbit, topology, mongo, "Omsorgsgruppen Norr AB", "AKTIEBOLAG",
                "provider-omsorgsgruppen-norr");
        ApiClient von = api().as(ORDERER_OFFICIAL, "board-von");
        String rulebook = ApiClient.json(von.post("/api/v1/rulebooks", rulebook(board))).get("id").asString();
        String application = ApiClient.json(api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr")
                .post("/api/v1/lov-applications", application(rulebook, norr))).get("id").asString();
        String agreementId = ApiClient.json(von.post("/api/v1/lov-applications/" + application + "/authorise",
                "{\"decidedOn\":\"2026-11-20\",\"startsOn\":\"2027-01-01\"}")).get("agreementId").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> von.get("/api/v1/agreements/" + agreementId)
                .statusCode() == 200);

        long version = ApiClient.json(von.get("/api/v1/agreements/" + agreementId)).get("version").asLong();

        agreements.concludeLovAuthorisation(new LovApplicationAuthorisedV1(application, agreementId, board, "board-von",
                norr, "provider-omsorgsgruppen-norr", "HOME_CARE", rulebook, "VON 2027/14", "Hemtjänst enligt LOV",
                "2027-01-01", "6000000", "LOW", "HIGH", List.of(new LovApplicationAuthorisedV1.RequirementV1(
                "BASIC_QUALITY", "Fast kontaktperson.", "VISIT")), "2026-11-20", 1));

        assertThat(mongo.getCollection("agreements").countDocuments()).isEqualTo(1);
        assertThat(ApiClient.json(von.get("/api/v1/agreements/" + agreementId)).get("version").asLong())
                .as("the agreement is left as it was").isEqualTo(version);
    }

    private static String rulebook(String board) {
        return """
                {"boardId":"%s","reference":"VON 2027/14","title":"Hemtjänst enligt LOV","serviceArea":"HOME_CARE",
                 "openFrom":"2027-01-01","estimatedAnnualValueSek":6000000,"valueLevel":"LOW","impactLevel":"HIGH",
                 "compensation":"498 kronor per utförd timme",
                 "requirements":[
                  {"category":"BASIC_QUALITY","text":"Fast kontaktperson inom 14 dagar.","followUpMethod":"VISIT"},
                  {"category":"LABOUR_CONDITIONS","text":"Kollektivavtal eller motsvarande.","followUpMethod":"DOCUMENT_REVIEW"},
                  {"category":"FOLLOW_UP_DUTY","text":"Månadsstatistik enligt specifikationen.","followUpMethod":"STATISTICS"},
                  {"category":"PUBLIC_INSIGHT_DUTY","text":"Uppgifter för Jämför service.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(board);
    }

    private static String application(String rulebook, String provider) {
        return """
                {"rulebookId":"%s","providerId":"%s","motivation":"Vi uppfyller kraven i underlaget."}"""
                .formatted(rulebook, provider);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
