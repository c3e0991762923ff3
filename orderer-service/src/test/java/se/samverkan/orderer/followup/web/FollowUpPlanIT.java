package se.samverkan.orderer.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
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
import se.samverkan.contracts.orderer.FollowUpPlanDecidedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.orderer.testing.KnownProviders;

/** A board's annual follow-up plan through the API, from draft to decision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpPlanIT {

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
        admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                .with(EventTypes.FOLLOW_UP_PLAN_DECIDED_V1.name()));
        boardId = ApiClient.json(api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}")).get("id").asString();
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
        mongo.getDb().drop();
    }

    @Test
    void thePlanIsDecidedOnlyOnceItCoversTheInHouseProductionAsWellAsThePrivateProvider() {
        String privateProvider = contracted("Omsorgsgruppen Norr AB", "AKTIEBOLAG", "provider-omsorgsgruppen-norr");
        String inHouse = contracted("Vallby kommun, produktionsförvaltningen", "KOMMUNAL_EGENREGI",
                "provider-vallby-produktion");

        HttpResponse<String> started = board().post("/api/v1/follow-up-plans", "{\"boardId\":\"" + boardId
                + "\",\"year\":2027}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String plan = ApiClient.json(started).get("id").asString();
        assertThat(board().post("/api/v1/follow-up-plans", "{\"boardId\":\"" + boardId + "\",\"year\":2027}")
                .statusCode()).as("one plan per board and year").isEqualTo(409);
        assertThat(board().post("/api/v1/follow-up-plans/" + plan + "/items", item(privateProvider)).statusCode())
                .isEqualTo(200);
        assertThat(api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr").get("/api/v1/follow-up-plans/" + plan)
                .statusCode()).as("a draft is the board's own").isEqualTo(404);

        HttpResponse<String> incomplete = board().post("/api/v1/follow-up-plans/" + plan + "/decide",
                "{\"decidedOn\":\"2026-12-10\",\"reference\":\"VON § 145\"}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(incomplete).get("errors").findValuesAsString("rule"))
                .containsExactly("every-contracted-provider");
        assertThat(ApiClient.json(incomplete).get("detail").asString()).contains("produktionsförvaltningen");

        board().post("/api/v1/follow-up-plans/" + plan + "/items", item(inHouse));
        HttpResponse<String> decided = board().post("/api/v1/follow-up-plans/" + plan + "/decide",
                "{\"decidedOn\":\"2026-12-10\",\"reference\":\"VON § 145\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(ApiClient.json(decided).get("status").asString()).isEqualTo("DECIDED");

        Message message = rabbit.receive(observer, 10_000);
        assertThat(message).as("follow-up-plan.decided.v1 published").isNotNull();
        EventEnvelope<FollowUpPlanDecidedV1> event = EventJson.read(message.getBody(),
                EventTypes.FOLLOW_UP_PLAN_DECIDED_V1);
        assertThat(event.payload().items()).extracting(FollowUpPlanDecidedV1.ItemV1::providerId)
                .containsExactlyInAnyOrder(privateProvider, inHouse);
        assertThat(api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr").get("/api/v1/follow-up-plans/" + plan)
                .statusCode()).as("a decided plan is a public document").isEqualTo(200);
        assertThat(api().as(CONTRACT_MANAGER, "board-bun").post("/api/v1/follow-up-plans/" + plan + "/items",
                item(privateProvider)).statusCode()).as("another board cannot change it").isEqualTo(404);
        JsonNode list = ApiClient.json(api().as(PROVIDER_USER, "provider-x").get("/api/v1/follow-up-plans?year=2027"));
        assertThat(list.get("totalElements").asLong()).isEqualTo(1);
    }

    /** A provider with a signed LOV agreement with the board. */
    private String contracted(String name, String legalForm, String organisation) {
        String provider = KnownProviders.announce(rabbit, topology, mongo, name, legalForm, organisation);
        HttpResponse<String> drafted = board().post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Auktorisation %s","route":"LOV","serviceArea":"HOME_CARE",
                 "startsOn":"2026-01-01","annualValueSek":1000000,"valueLevel":"HIGH","impactLevel":"HIGH",
                 "rulebookReference":"Förfrågningsunderlag hemtjänst",
                 "requirements":[{"category":"BASIC_QUALITY","text":"Kvalitet.","followUpMethod":"VISIT"},
                  {"category":"LABOUR_CONDITIONS","text":"Villkor.","followUpMethod":"DOCUMENT_REVIEW"},
                  {"category":"FOLLOW_UP_DUTY","text":"Statistik.","followUpMethod":"STATISTICS"},
                  {"category":"PUBLIC_INSIGHT_DUTY","text":"Insyn.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(boardId, provider, name));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        assertThat(board().post("/api/v1/agreements/" + ApiClient.json(drafted).get("id").asString() + "/sign")
                .statusCode()).isEqualTo(200);
        return provider;
    }

    private static String item(String providerId) {
        return """
                {"providerId":"%s","what":"Kontinuitet och kontaktpersoner","form":"CONTRACT_FOLLOW_UP",
                 "responsible":"von.avtal","interval":"TWICE_A_YEAR","feedbackTo":["BOARD","PROVIDER","PUBLIC"]}"""
                .formatted(providerId);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private ApiClient board() {
        return api().as(CONTRACT_MANAGER, "board-von");
    }
}
