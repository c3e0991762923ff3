package se.samverkan.orderer.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.orderer.testing.KnownProviders;

/**
 * A board's tender through the API as the weeks pass: the in-house production and a private
 * provider bid, the board evaluates and awards, the standstill holds the contract back, and the
 * concluded contract becomes a draft LOU agreement the board signs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenderIT {

    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-08-03T08:00:00Z"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @TestConfiguration
    static class Weeks {

        /** A clock the test moves forward, so deadlines and the standstill pass. */
        @Bean
        Clock clock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
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
    void theInHouseProductionWinsATenderAndTheContractWaitsForTheStandstill() {
        String board = ApiClient.json(api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}")).get("id").asString();
        String inHouse = KnownProviders.announce(rabbit, topology, mongo, "Vallby kommun, produktionsförvaltningen",
                "KOMMUNAL_EGENREGI", "provider-vallby-produktion");
        String ekbacken = KnownProviders.announce(rabbit, topology, mongo, "Ekbackens Äldreboende AB", "AKTIEBOLAG",
                "provider-ekbacken");
        ApiClient von = api().as(CONTRACT_MANAGER, "board-von");

        HttpResponse<String> announced = von.post("/api/v1/tenders", """
                {"boardId":"%s","reference":"VON 2026/88","title":"Drift av Björkhagens äldreboende","law":"LOU",
                 "serviceArea":"RESIDENTIAL_CARE","bidDeadline":"2026-09-01","contractStartsOn":"2027-01-01",
                 "contractEndsOn":"2030-12-31","estimatedAnnualValueSek":30000000,"valueLevel":"HIGH",
                 "impactLevel":"HIGH","priceWeightPercent":40,"requirements":[
                  {"category":"BASIC_QUALITY","text":"Varje boende har en genomförandeplan.","followUpMethod":"VISIT"},
                  {"category":"LABOUR_CONDITIONS","text":"Kollektivavtal eller motsvarande.","followUpMethod":"DOCUMENT_REVIEW"},
                  {"category":"FOLLOW_UP_DUTY","text":"Statistik enligt specifikationen.","followUpMethod":"STATISTICS"},
                  {"category":"PUBLIC_INSIGHT_DUTY","text":"Uppgifter för insyn.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(board));
        assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
        String tender = "/api/v1/tenders/" + ApiClient.json(announced).get("id").asString();

        ApiClient production = api().as(PRODUCTION_BOARD, "provider-vallby-produktion");
        ApiClient ekbackensUsers = api().as(PROVIDER_USER, "provider-ekbacken");
        assertThat(production.post(tender + "/bids", "{\"providerId\":\"" + inHouse
                + "\",\"annualPriceSek\":31000000}").statusCode()).isEqualTo(201);
        assertThat(ekbackensUsers.post(tender + "/bids", "{\"providerId\":\"" + ekbacken
                + "\",\"annualPriceSek\":28000000}").statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(ekbackensUsers.get(tender)).get("bids").findValuesAsString("providerId"))
                .as("a bidder sees its own bid, not the others'").containsExactly(ekbacken);

        NOW.set(Instant.parse("2026-09-02T08:00:00Z"));
        assertThat(ekbackensUsers.post(tender + "/bids", "{\"providerId\":\"" + ekbacken
                + "\",\"annualPriceSek\":27000000}").statusCode()).as("after the deadline").isEqualTo(400);
        JsonNode bids = ApiClient.json(von.get(tender)).get("bids");
        String inHouseBid = bids.get(0).get("id").asString();
        String ekbackenBid = bids.get(1).get("id").asString();
        HttpResponse<String> evaluated = von.post(tender + "/evaluation", """
                {"qualityScores":{"%s":90,"%s":60}}""".formatted(inHouseBid, ekbackenBid));
        assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(200);
        HttpResponse<String> awarded = von.post(tender + "/award", "{\"awardedOn\":\"2026-09-10\"}");
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
        assertThat(ApiClient.json(awarded).get("standstillEndsOn").asString()).isEqualTo("2026-09-20");
        JsonNode winner = ApiClient.json(awarded).get("bids").get(0);
        assertThat(winner.get("winner").asBoolean()).as("quality outweighs the higher price").isTrue();

        NOW.set(Instant.parse("2026-09-15T08:00:00Z"));
        HttpResponse<String> early = von.post(tender + "/conclude", "{}");
        assertThat(ApiClient.json(early).get("errors").findValuesAsString("rule")).containsExactly("standstill");

        NOW.set(Instant.parse("2026-09-21T08:00:00Z"));
        HttpResponse<String> concluded = von.post(tender + "/conclude", "{}");
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
        String agreement = "/api/v1/agreements/" + ApiClient.json(concluded).get("agreementId").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> von.get(agreement).statusCode() == 200);
        JsonNode drafted = ApiClient.json(von.get(agreement));
        assertThat(drafted.get("route").asString()).isEqualTo("LOU");
        assertThat(drafted.get("status").asString()).isEqualTo("DRAFT");
        assertThat(drafted.get("provider").get("id").asString()).isEqualTo(inHouse);
        assertThat(drafted.get("tenderReference").asString()).isEqualTo("VON 2026/88");
        assertThat(drafted.get("annualValueSek").decimalValue()).isEqualByComparingTo("31000000");
        assertThat(von.post(agreement + "/sign").statusCode()).as("the board signs it").isEqualTo(200);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
