package se.samverkan.orderer.internalcontrol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

/**
 * A board's year of internal control through the API: risk analysis, controls, the board's
 * decision, results in the interim and annual reports, and the board's assessment, read by KLK.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InternalControlIT {

    private static final String PLANS = "/api/v1/internal-control-plans";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void aBoardPlansDecidesFollowsUpAndAssessesItsInternalControl() {
        String board = ApiClient.json(api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}")).get("id").asString();
        ApiClient von = api().as(ORDERER_OFFICIAL, "board-von");

        HttpResponse<String> started = von.post(PLANS, "{\"boardId\":\"" + board + "\",\"year\":2027}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(started.headers().firstValue("Location")).isPresent();
        String id = ApiClient.json(started).get("id").asString();
        assertThat(von.post(PLANS, "{\"boardId\":\"" + board + "\",\"year\":2027}").statusCode())
                .as("one plan per board and year").isEqualTo(409);

        JsonNode withRisks = ApiClient.json(von.post(PLANS + "/" + id + "/risks", """
                {"title":"Felaktiga utbetalningar till utförare","source":"AUDIT","probability":3,"consequence":4,
                 "description":"Revisionen fann brister i attesten 2026."}"""));
        von.post(PLANS + "/" + id + "/risks", """
                {"title":"Sen rapportering till IVO","source":"LAWS_AND_REGULATIONS","probability":1,"consequence":3}""");
        String highRisk = withRisks.get("risks").get(0).get("id").asString();
        assertThat(withRisks.get("risks").get(0).get("value").asInt()).isEqualTo(12);

        HttpResponse<String> tooEarly = von.post(PLANS + "/" + id + "/decide", "{\"decidedOn\":\"2026-12-10\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(tooEarly).get("errors").findValuesAsString("rule")).containsExactly("high-risk-control");

        JsonNode controlled = ApiClient.json(von.post(PLANS + "/" + id + "/risks/" + highRisk + "/controls", """
                {"what":"Attest av fakturor från utförare","method":"25 stickprov","responsible":"Ekonomichef",
                 "schedule":"April och oktober"}"""));
        String control = controlled.get("risks").get(0).get("controls").get(0).get("id").asString();
        HttpResponse<String> decided = von.post(PLANS + "/" + id + "/decide",
                "{\"decidedOn\":\"2026-12-10\",\"reference\":\"VON § 112\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(ApiClient.json(decided).get("status").asString()).isEqualTo("DECIDED");

        HttpResponse<String> deviation = api().as(CONTRACT_MANAGER, "board-von").post(PLANS + "/" + id + "/controls/"
                + control + "/results", """
                {"report":"INTERIM","outcome":"DEVIATION","comment":"3 av 25 saknade attest.",
                 "action":"Attestordningen skärps från september.","recordedOn":"2027-08-31"}""");
        assertThat(deviation.statusCode()).as(deviation.body()).isEqualTo(200);
        assertThat(von.post(PLANS + "/" + id + "/controls/" + control + "/results", """
                {"report":"ANNUAL","outcome":"NO_DEVIATION","recordedOn":"2028-01-31"}""").statusCode()).isEqualTo(200);
        HttpResponse<String> assessed = von.post(PLANS + "/" + id + "/assessment", """
                {"works":true,"text":"Bristen i attesten är åtgärdad; den interna kontrollen fungerar.",
                 "assessedOn":"2028-02-20"}""");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);

        JsonNode readByKlk = ApiClient.json(api().as(COUNCIL_ANALYST, "ks-klk").get(PLANS + "/" + id));
        assertThat(readByKlk.get("status").asString()).isEqualTo("ASSESSED");
        assertThat(readByKlk.get("risks").get(0).get("controls").get(0).get("results").size()).isEqualTo(2);
        assertThat(api().as(ORDERER_OFFICIAL, "board-kun").get(PLANS + "/" + id).statusCode())
                .as("another board does not see it").isEqualTo(404);
        assertThat(ApiClient.json(api().as(ORDERER_OFFICIAL, "board-kun").get(PLANS)).get("totalElements").asLong())
                .isZero();
        assertThat(ApiClient.json(von.get(PLANS + "?year=2027")).get("totalElements").asLong()).isEqualTo(1);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
