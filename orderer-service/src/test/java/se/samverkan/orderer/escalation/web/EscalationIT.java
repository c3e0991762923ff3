package se.samverkan.orderer.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
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
import se.samverkan.orderer.testing.KnownProviders;

/** A direct order whose scope and money do not balance, escalated by the production board and decided by KS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationIT {

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

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theProductionRaisesItTheOfficialsReferItUpAndThePoliticalLevelDecides() {
        ApiClient admin = api().as(ADMINISTRATOR, "ks-klk");
        String board = ApiClient.json(admin.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\","
                + "\"shortName\":\"VON\"}")).get("id").asString();
        String inHouse = KnownProviders.announce(rabbit, topology, mongo, "Vallby kommun, produktionsförvaltningen",
                "KOMMUNAL_EGENREGI", "provider-vallby-produktion");
        String agreement = ApiClient.json(admin.post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Särskilt boende 2027","route":"DIRECT_ORDER",
                 "serviceArea":"RESIDENTIAL_CARE","startsOn":"2027-01-01","endsOn":"2027-12-31","annualValueSek":48000000,
                 "valueLevel":"HIGH","impactLevel":"HIGH","requirements":[]}""".formatted(board, inHouse)))
                .get("id").asString();
        ApiClient production = api().as(PRODUCTION_BOARD, "provider-vallby-produktion");

        HttpResponse<String> raised = production.post("/api/v1/escalations", """
                {"agreementId":"%s","topic":"SCOPE_AND_MONEY",
                 "description":"Volymen 44 000 vårddygn går inte att leverera för 48 mnkr."}""".formatted(agreement));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String id = ApiClient.json(raised).get("id").asString();
        assertThat(ApiClient.json(raised).get("raisedBy").asString()).isEqualTo("PROVIDER");
        assertThat(api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr").get("/api/v1/escalations/" + id)
                .statusCode()).as("another provider does not learn of it").isEqualTo(404);
        assertThat(api().as(CONTRACT_MANAGER, "board-von").post("/api/v1/escalations/" + id + "/decisions",
                decision("OFFICIALS", "SETTLED", null)).statusCode()).as("the parties do not decide").isEqualTo(403);

        ApiClient klk = api().as(COUNCIL_ANALYST, "ks-klk");
        HttpResponse<String> tooEarly = klk.post("/api/v1/escalations/" + id + "/decisions",
                decision("POLITICAL", null, "KS § 12"));
        assertThat(ApiClient.json(tooEarly).get("errors").findValuesAsString("rule")).containsExactly("officials-first");
        assertThat(klk.post("/api/v1/escalations/" + id + "/decisions",
                decision("OFFICIALS", "REFERRED_TO_POLITICAL_LEVEL", null)).statusCode()).isEqualTo(200);
        HttpResponse<String> decided = klk.post("/api/v1/escalations/" + id + "/decisions",
                decision("POLITICAL", null, "KS § 12"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(ApiClient.json(decided).get("status").asString()).isEqualTo("DECIDED");
        assertThat(ApiClient.json(api().as(CONTRACT_MANAGER, "board-von").get("/api/v1/escalations"))
                .get("totalElements").asLong()).as("the board sees its escalation").isEqualTo(1);
        assertThat(ApiClient.json(api().as(CONTRACT_MANAGER, "board-bun").get("/api/v1/escalations"))
                .get("totalElements").asLong()).isZero();
    }

    private static String decision(String level, String outcome, String reference) {
        return """
                {"level":"%s","outcome":%s,"text":"Beslut i ärendet.","reference":%s,"decidedOn":"2026-12-01"}"""
                .formatted(level, outcome == null ? "null" : "\"" + outcome + "\"",
                        reference == null ? "null" : "\"" + reference + "\"");
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
