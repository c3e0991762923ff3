package se.samverkan.orderer.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

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

/** A contract that spans two boards: the owner signs it, and each board follows it up for its part. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedAgreementIT {

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
    void aContractSpanningSeveralBoardsIsFollowedUpByEachForItsPart() {
        ApiClient admin = api().as(ADMINISTRATOR, "ks-klk");
        String von = ApiClient.json(admin.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\","
                + "\"shortName\":\"VON\"}")).get("id").asString();
        String bun = ApiClient.json(admin.post("/api/v1/boards", "{\"name\":\"Barn- och utbildningsnämnden\","
                + "\"shortName\":\"BUN\"}")).get("id").asString();
        String provider = KnownProviders.announce(rabbit, topology, mongo, "Ledsagarservice Vallby AB", "AKTIEBOLAG",
                "provider-ledsagarservice");
        ApiClient vonOfficial = api().as(CONTRACT_MANAGER, "board-von");
        ApiClient bunOfficial = api().as(ORDERER_OFFICIAL, "board-bun");
        String agreement = "/api/v1/agreements/" + ApiClient.json(vonOfficial.post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Ledsagning 2027","route":"LOU","serviceArea":"LSS",
                 "startsOn":"2027-01-01","endsOn":"2028-12-31","annualValueSek":2400000,"valueLevel":"LOW",
                 "impactLevel":"HIGH","tenderReference":"VON 2026/40","awardedOn":"2026-10-01",
                 "standstillEndsOn":"2026-10-12","requirements":[
                  {"category":"BASIC_QUALITY","text":"Kvalitet.","followUpMethod":"VISIT"},
                  {"category":"LABOUR_CONDITIONS","text":"Villkor.","followUpMethod":"DOCUMENT_REVIEW"},
                  {"category":"FOLLOW_UP_DUTY","text":"Statistik.","followUpMethod":"STATISTICS"},
                  {"category":"PUBLIC_INSIGHT_DUTY","text":"Insyn.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(von, provider))).get("id").asString();
        assertThat(bunOfficial.get(agreement).statusCode()).as("not BUN's yet").isEqualTo(404);

        HttpResponse<String> shared = vonOfficial.send("PUT", agreement + "/board-parts", """
                {"parts":[{"boardId":"%s","part":"Ledsagning för barn och unga med LSS-beslut"}]}""".formatted(bun));
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        assertThat(vonOfficial.post(agreement + "/sign").statusCode()).isEqualTo(200);

        assertThat(bunOfficial.get(agreement).statusCode()).as("BUN follows it up for its part").isEqualTo(200);
        assertThat(ApiClient.json(bunOfficial.get("/api/v1/agreements")).get("totalElements").asLong()).isEqualTo(1);
        assertThat(bunOfficial.send("PUT", agreement + "/board-parts", "{\"parts\":[]}").statusCode())
                .as("only the owning board changes it").isEqualTo(403);

        String plan = "/api/v1/follow-up-plans/" + ApiClient.json(bunOfficial.post("/api/v1/follow-up-plans",
                "{\"boardId\":\"" + bun + "\",\"year\":2027}")).get("id").asString();
        HttpResponse<String> undecided = bunOfficial.post(plan + "/decide", "{\"decidedOn\":\"2026-12-10\"}");
        assertThat(ApiClient.json(undecided).get("errors").findValuesAsString("rule"))
                .as("BUN's plan must cover the provider of the shared contract").contains("every-contracted-provider");
        assertThat(bunOfficial.post(plan + "/items", """
                {"providerId":"%s","what":"Ledsagning för barn och unga","form":"CONTRACT_FOLLOW_UP",
                 "responsible":"bun.handlaggare","interval":"YEARLY","feedbackTo":["BOARD"]}""".formatted(provider))
                .statusCode()).isEqualTo(200);
        assertThat(bunOfficial.post(plan + "/decide", "{\"decidedOn\":\"2026-12-10\"}").statusCode()).isEqualTo(200);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
