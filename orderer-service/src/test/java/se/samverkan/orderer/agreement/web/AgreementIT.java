package se.samverkan.orderer.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.orderer.testing.KnownProviders;

/** Agreements through the API: the four routes, the contract register, and the events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgreementIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;

    private String observer;
    private String boardId;

    @BeforeEach
    void setUp() {
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false, false, false));
        for (String type : List.of(EventTypes.AGREEMENT_SIGNED_V1.name(), EventTypes.AGREEMENT_TERMINATED_V1.name())) {
            admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                    .with(type));
        }
        HttpResponse<String> board = admin().post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}");
        assertThat(board.statusCode()).as(board.body()).isEqualTo(201);
        boardId = ApiClient.json(board).get("id").asString();
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
        mongo.getDb().drop();
    }

    @Test
    void aLovAuthorisationIsDraftedSignedAnnouncedAndInTheContractRegister() {
        String provider = provider("Omsorgsgruppen Norr AB", "AKTIEBOLAG", "provider-omsorgsgruppen-norr");

        HttpResponse<String> drafted = board().post("/api/v1/agreements", lov(provider, "Auktorisation hemtjänst Norr"));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String id = ApiClient.json(drafted).get("id").asString();
        assertThat(drafted.headers().firstValue("Location")).contains("/api/v1/agreements/" + id);
        assertThat(ApiClient.json(drafted).get("status").asString()).isEqualTo("DRAFT");

        HttpResponse<String> signed = board().post("/api/v1/agreements/" + id + "/sign");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(ApiClient.json(signed).get("status").asString()).isEqualTo("SIGNED");

        Message message = rabbit.receive(observer, 10_000);
        assertThat(message).as("agreement.signed.v1 published").isNotNull();
        EventEnvelope<AgreementSignedV1> event = EventJson.read(message.getBody(), EventTypes.AGREEMENT_SIGNED_V1);
        assertThat(event.organisationId()).isEqualTo("board-von");
        assertThat(event.payload().agreementId()).isEqualTo(id);
        assertThat(event.payload().providerOrganisationId()).isEqualTo("provider-omsorgsgruppen-norr");
        assertThat(event.payload().strategic()).isTrue();
        assertThat(event.payload().requirements()).extracting(AgreementSignedV1.RequirementV1::category)
                .contains("BASIC_QUALITY", "LABOUR_CONDITIONS", "FOLLOW_UP_DUTY", "PUBLIC_INSIGHT_DUTY");

        JsonNode register = ApiClient.json(board().get("/api/v1/agreements?strategic=true&status=SIGNED"));
        assertThat(ids(register)).containsExactly(id);
        JsonNode providersView = ApiClient.json(api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr")
                .get("/api/v1/agreements"));
        assertThat(ids(providersView)).as("the provider sees its agreement")
                .containsExactly(id);
        assertThat(ApiClient.json(api().as(PROVIDER_USER, "provider-someone-else").get("/api/v1/agreements"))
                .get("totalElements").asLong()).isZero();
        assertThat(api().as(CONTRACT_MANAGER, "board-bun").get("/api/v1/agreements/" + id).statusCode())
                .as("another board's agreement does not exist to them").isEqualTo(404);
        assertThat(api().as(COUNCIL_ANALYST, "ks-klk").get("/api/v1/agreements/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aDirectOrderIsSignedOnlyAfterBothBoardsApprovedAndBothHeadsSignedEachSideRecordingItsOwn() {
        String inHouse = provider("Vallby kommun, produktionsförvaltningen", "KOMMUNAL_EGENREGI",
                "provider-vallby-produktion");
        String id = ApiClient.json(board().post("/api/v1/agreements", directOrder(inHouse))).get("id").asString();
        ApiClient production = api().as(PRODUCTION_BOARD, "provider-vallby-produktion");

        assertThat(board().post("/api/v1/agreements/" + id + "/direct-order-steps", step("ORDERER_BOARD_APPROVAL"))
                .statusCode()).isEqualTo(200);
        assertThat(board().post("/api/v1/agreements/" + id + "/direct-order-steps", step("PRODUCTION_BOARD_APPROVAL"))
                .statusCode()).as("the orderer cannot approve for the production board").isEqualTo(403);
        assertThat(production.post("/api/v1/agreements/" + id + "/direct-order-steps", step("PRODUCTION_BOARD_APPROVAL"))
                .statusCode()).isEqualTo(200);
        assertThat(production.post("/api/v1/agreements/" + id + "/sign").statusCode())
                .as("signing is the orderer board's act").isEqualTo(403);

        HttpResponse<String> tooEarly = board().post("/api/v1/agreements/" + id + "/sign");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(tooEarly).get("errors").findValuesAsString("field")).containsExactly(
                "directOrder.ORDERER_HEAD_SIGNATURE", "directOrder.PRODUCTION_HEAD_SIGNATURE");

        board().post("/api/v1/agreements/" + id + "/direct-order-steps", step("ORDERER_HEAD_SIGNATURE"));
        production.post("/api/v1/agreements/" + id + "/direct-order-steps", step("PRODUCTION_HEAD_SIGNATURE"));
        HttpResponse<String> signed = board().post("/api/v1/agreements/" + id + "/sign");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(ApiClient.json(signed).get("legallyBinding").asBoolean()).isFalse();
        assertThat(ApiClient.json(signed).get("directOrderSteps").get("PRODUCTION_BOARD_APPROVAL").get("recordedBy")
                .asString()).isEqualTo("production-board@provider-vallby-produktion");
    }

    @Test
    void aDirectOrderToAPrivateProviderOrAnUnknownProviderIsRefusedNamingTheField() {
        String privateProvider = provider("Trygga Hem Hemtjänst AB", "AKTIEBOLAG", "provider-trygga-hem");

        HttpResponse<String> toPrivate = board().post("/api/v1/agreements", directOrder(privateProvider));
        HttpResponse<String> toUnknown = board().post("/api/v1/agreements", directOrder(UUID.randomUUID().toString()));

        assertThat(toPrivate.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(toPrivate).get("errors").findValuesAsString("rule")).containsExactly("in-house-only");
        assertThat(ApiClient.json(toUnknown).get("errors").findValuesAsString("rule")).containsExactly("unknown");
        assertThat(mongo.getCollection("agreements").countDocuments()).isZero();
    }

    @Test
    void endingASignedAgreementIsAnnouncedAndAStaleChangeIsAConflict() {
        String provider = provider("Åkerbo Omsorg AB", "AKTIEBOLAG", "provider-akerbo-omsorg-ab");
        String id = ApiClient.json(board().post("/api/v1/agreements", lov(provider, "Auktorisation Åkerbo")))
                .get("id").asString();
        board().post("/api/v1/agreements/" + id + "/sign");
        rabbit.receive(observer, 10_000);

        HttpResponse<String> ended = board().post("/api/v1/agreements/" + id + "/terminate",
                "{\"reason\":\"Utföraren sade upp auktorisationen.\",\"terminatedOn\":\"2026-12-31\"}");

        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        Message message = rabbit.receive(observer, 10_000);
        assertThat(message).isNotNull();
        assertThat(EventJson.typeOf(message.getBody())).isEqualTo(EventTypes.AGREEMENT_TERMINATED_V1.name());
        assertThat(board().post("/api/v1/agreements/" + id + "/terminate",
                "{\"reason\":\"Igen\",\"terminatedOn\":\"2026-12-31\"}").statusCode()).isEqualTo(400);
    }

    /** The ids of a page's rows (not of anything nested in them). */
    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.get("content").forEach(row -> ids.add(row.get("id").asString()));
        return ids;
    }

    private String provider(String name, String legalForm, String organisation) {
        return KnownProviders.announce(rabbit, topology, mongo, name, legalForm, organisation);
    }

    private String lov(String providerId, String title) {
        return """
                {"boardId":"%s","providerId":"%s","title":"%s","route":"LOV","serviceArea":"HOME_CARE",
                 "startsOn":"2026-01-01","annualValueSek":14500000,"valueLevel":"HIGH","impactLevel":"HIGH",
                 "contractManager":"von.avtal","rulebookReference":"Förfrågningsunderlag hemtjänst LOV 2026",
                 "requirements":%s}""".formatted(boardId, providerId, title, REQUIREMENTS);
    }

    private String directOrder(String providerId) {
        return """
                {"boardId":"%s","providerId":"%s","title":"Särskilt boende i egenregi 2026","route":"DIRECT_ORDER",
                 "serviceArea":"RESIDENTIAL_CARE","startsOn":"2026-01-01","endsOn":"2026-12-31",
                 "annualValueSek":48000000,"valueLevel":"HIGH","impactLevel":"HIGH","requirements":%s}"""
                .formatted(boardId, providerId, REQUIREMENTS);
    }

    private static String step(String step) {
        return "{\"step\":\"" + step + "\",\"on\":\"2026-11-20\",\"reference\":\"Protokoll § 12\"}";
    }

    private static final String REQUIREMENTS = """
            [{"category":"BASIC_QUALITY","text":"Fast kontaktperson för varje brukare.","followUpMethod":"USER_SURVEY"},
             {"category":"LABOUR_CONDITIONS","text":"Villkor enligt kollektivavtal.","followUpMethod":"DOCUMENT_REVIEW"},
             {"category":"FOLLOW_UP_DUTY","text":"Månadsstatistik enligt specifikationen.","followUpMethod":"STATISTICS"},
             {"category":"PUBLIC_INSIGHT_DUTY","text":"Uppgifter för allmänhetens insyn.","followUpMethod":"DOCUMENT_REVIEW"}]""";

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private ApiClient board() {
        return api().as(CONTRACT_MANAGER, "board-von");
    }

    private ApiClient admin() {
        return api().as(ADMINISTRATOR, "ks-klk");
    }
}
