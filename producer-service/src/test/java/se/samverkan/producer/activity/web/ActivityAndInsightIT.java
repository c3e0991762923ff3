package se.samverkan.producer.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
import java.time.LocalDate;

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
import se.samverkan.defaults.testing.TestData;
import se.samverkan.defaults.testing.TestInfrastructure;

/**
 * A provider's yearly documents and a board's public-insight request, through the API: the
 * in-house production and a private provider on the same terms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityAndInsightIT {

    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;

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
    void theProductionHandsInItsActivityReportCorrectsItAndTheBoardReadsEveryVersion() {
        String inHouse = provider("Vallby kommun, produktionsförvaltningen", "KOMMUNAL_EGENREGI",
                "provider-vallby-produktion", 501);
        ApiClient production = api().as(PRODUCTION_BOARD, "provider-vallby-produktion");
        String path = "/api/v1/providers/" + inHouse + "/activity-reports/" + LAST_YEAR;

        HttpResponse<String> incomplete = production.send("PUT", path, "{\"sections\":{\"RESULTS\":\"Utfört.\"}}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(incomplete).get("errors").findValuesAsString("field")).containsExactly(
                "sections.GOAL_ATTAINMENT", "sections.QUALITY_WORK", "sections.DEVIATIONS_AND_COMPLAINTS",
                "sections.STAFFING", "sections.ECONOMY");
        assertThat(production.get(path).statusCode()).as("nothing was stored").isEqualTo(404);

        assertThat(production.send("PUT", path, report("Resultat +1,8 mnkr.")).statusCode()).isEqualTo(200);
        HttpResponse<String> corrected = production.send("PUT", path, report("Resultat +1,6 mnkr efter bokslut."));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        JsonNode read = ApiClient.json(api().as(ORDERER_OFFICIAL, "board-von").get(path));
        assertThat(read.get("current").get("number").asInt()).isEqualTo(2);
        assertThat(read.get("current").get("sections").get("ECONOMY").asString())
                .isEqualTo("Resultat +1,6 mnkr efter bokslut.");
        assertThat(read.get("history").findValuesAsString("submittedBy")).hasSize(2);
        assertThat(read.get("history").get(0).get("sections").get("ECONOMY").asString())
                .isEqualTo("Resultat +1,8 mnkr.");
        assertThat(read.get("dueOn").asString()).isEqualTo(LocalDate.of(LAST_YEAR + 1, 3, 1).minusDays(1).toString());
        assertThat(api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr").get(path).statusCode())
                .as("another provider does not see it").isEqualTo(404);
    }

    @Test
    void aBoardRequestsInsightInformationAndTheProviderDeliversItItemByItem() {
        String norr = provider("Omsorgsgruppen Norr AB", "AKTIEBOLAG", "provider-omsorgsgruppen-norr", 502);
        ApiClient von = api().as(ORDERER_OFFICIAL, "board-von");
        HttpResponse<String> requested = von.post("/api/v1/providers/" + norr + "/insight-packages", """
                {"title":"Insynsuppgifter","dueOn":"%s",
                 "items":["Personalens utbildningsnivå","Antal klagomål och hur de hanterats"]}"""
                .formatted(LocalDate.now().plusDays(30)));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonNode request = ApiClient.json(requested);
        String id = request.get("id").asString();
        ApiClient provider = api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr");

        HttpResponse<String> first = provider.post("/api/v1/insight-packages/" + id + "/items/"
                + request.get("items").get(0).get("id").asString() + "/delivery", "{\"content\":\"92 % undersköterskor.\"}");
        assertThat(ApiClient.json(first).get("status").asString()).isEqualTo("PARTLY_DELIVERED");
        HttpResponse<String> second = provider.post("/api/v1/insight-packages/" + id + "/items/"
                + request.get("items").get(1).get("id").asString() + "/delivery", "{\"content\":\"6 klagomål.\"}");
        assertThat(ApiClient.json(second).get("status").asString()).isEqualTo("DELIVERED");

        assertThat(ApiClient.json(von.get("/api/v1/insight-packages?providerId=" + norr)).get("totalElements")
                .asLong()).isEqualTo(1);
        assertThat(ApiClient.json(api().as(ORDERER_OFFICIAL, "board-kun").get("/api/v1/insight-packages"))
                .get("totalElements").asLong()).as("another board's requests are not theirs").isZero();
        assertThat(ApiClient.json(api().as(COUNCIL_ANALYST, "ks-klk").get("/api/v1/insight-packages?overdue=true"))
                .get("totalElements").asLong()).isZero();
        assertThat(mongo.getCollection("insight_packages").find().first().getList("outbox", Object.class))
                .as("the delivery waits in the outbox as insight-package.delivered.v1").hasSize(1);
    }

    private String provider(String name, String legalForm, String organisationId, int number) {
        HttpResponse<String> created = api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/providers",
                "{\"name\":\"" + name + "\",\"legalForm\":\"" + legalForm + "\",\"organisationNumber\":\""
                + TestData.organisationNumber(number) + "\",\"organisationId\":\"" + organisationId + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    private static String report(String economy) {
        return """
                {"sections":{"RESULTS":"41 200 utförda timmar.","GOAL_ATTAINMENT":"Målen nåddes.",
                 "QUALITY_WORK":"Genomförandeplaner.","DEVIATIONS_AND_COMPLAINTS":"14 avvikelser.",
                 "STAFFING":"92 procent undersköterskor.","ECONOMY":"%s"}}""".formatted(economy);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
