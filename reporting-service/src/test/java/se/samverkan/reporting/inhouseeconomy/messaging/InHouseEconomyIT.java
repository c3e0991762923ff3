package se.samverkan.reporting.inhouseeconomy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
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
import se.samverkan.contracts.producer.ResultUnitMonthClosedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

/** producer-service's closed months, read from the real broker, make the council's in-house results. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InHouseEconomyIT {

    private static final String PRODUCTION = "provider-vallby-produktion";

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
    void theContractsExampleIsReadAndShownWithMarginAgainstRequirementAndEquity() throws Exception {
        EventEnvelope<ResultUnitMonthClosedV1> example;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.RESULT_UNIT_MONTH_CLOSED_V1.exampleResource())) {
            example = EventJson.read(in.readAllBytes(), EventTypes.RESULT_UNIT_MONTH_CLOSED_V1);
        }
        publish(example);
        publish(example);

        JsonNode year = awaitUnits(Role.FINANCE, "ks-klk", 2026, 1);
        JsonNode unit = year.at("/units/0");
        assertThat(unit.get("name").asString()).isEqualTo("Hemtjänst Vallby centrum");
        assertThat(unit.get("closedMonths").asInt()).as("the redelivery changed nothing").isEqualTo(1);
        assertThat(unit.get("result").decimalValue()).isEqualByComparingTo("40000");
        assertThat(unit.get("operatingMarginPercent").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(unit.get("marginRequirementPercent").decimalValue()).isEqualByComparingTo("5");
        assertThat(unit.get("meetsRequirement").asBoolean()).isFalse();
        assertThat(unit.get("equityCarriedForward").decimalValue()).isEqualByComparingTo("290000");
    }

    @Test
    void theCouncilSeesEachUnitsYearAndTheSumsPerServiceArea() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        publish(closed(a, "Hemtjänst A", "HOME_CARE", 1, "200000", "180000", "100000", 2));
        publish(closed(a, "Hemtjänst A", "HOME_CARE", 2, "200000", "190000", "100000", 3));
        publish(closed(b, "Hemtjänst B", "HOME_CARE", 1, "100000", "110000", "-50000", 2));
        publish(closed(c, "Förskolan C", "PRESCHOOL", 1, "50000", "45000", "30000", 2));

        JsonNode year = awaitUnits(Role.COUNCIL_ANALYST, "ks-klk", 2026, 3);

        assertThat(year.get("units").findValuesAsString("name"))
                .containsExactly("Hemtjänst A", "Hemtjänst B", "Förskolan C");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                results(Role.COUNCIL_ANALYST, "ks-klk", 2026).at("/units/0/closedMonths").asInt()).isEqualTo(2));
        year = results(Role.COUNCIL_ANALYST, "ks-klk", 2026);
        assertThat(year.at("/serviceAreas/0/serviceArea").asString()).isEqualTo("HOME_CARE");
        // A: 100 000 + 30 000; B: -50 000 - 10 000 → 70 000
        assertThat(year.at("/serviceAreas/0/equityCarriedForward").decimalValue()).isEqualByComparingTo("70000");
        assertThat(year.at("/serviceAreas/1/equityCarriedForward").decimalValue()).isEqualByComparingTo("35000");
        assertThat(year.at("/production/units").asInt()).isEqualTo(3);
        assertThat(results(Role.PRODUCTION_BOARD, "provider-other", 2026).get("units")).as("another production's")
                .isEmpty();
        assertThat(results(Role.PRODUCTION_BOARD, PRODUCTION, 2026).get("units")).hasSize(3);
        assertThat(ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-von")
                .get("/api/v1/reports/in-house-results?year=2026").statusCode()).isEqualTo(403);
        assertThat(ApiClient.onPort(port).as(Role.FINANCE, "ks-klk").get("/api/v1/reports/in-house-results")
                .statusCode()).isEqualTo(400);

        var sieFile = ApiClient.onPort(port).as(Role.FINANCE, "ks-klk")
                .get("/api/v1/reports/exports/in-house-results.se?year=2026");
        assertThat(sieFile.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("IBM437"));
        var sie = new se.samverkan.reporting.financeexport.domain.SieReader(sieFile.body());
        assertThat(sie.all("#OBJEKT")).hasSize(3);
        assertThat(sie.all("#RES")).extracting(line -> line.fields().get(2))
                .as("revenues 550 000 as a credit, costs 525 000").containsExactly("-550000.00", "525000.00");
        var csv = ApiClient.onPort(port).as(Role.FINANCE, "ks-klk")
                .get("/api/v1/reports/exports/in-house-results.csv?year=2026").body();
        assertThat(csv).startsWith("\uFEFF" + se.samverkan.reporting.financeexport.domain.SwedishCsv.HEADER);
        assertThat(csv.split("\r\n")).hasSize(5);
        assertThat(ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-von")
                .get("/api/v1/reports/exports/in-house-results.csv?year=2026").statusCode()).isEqualTo(403);
    }

    private JsonNode awaitUnits(Role role, String organisation, int year, int units) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(results(role, organisation, year).get("units")).hasSize(units));
        return results(role, organisation, year);
    }

    private JsonNode results(Role role, String organisation, int year) {
        var response = ApiClient.onPort(port).as(role, organisation).get("/api/v1/reports/in-house-results?year=" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static EventEnvelope<ResultUnitMonthClosedV1> closed(String unit, String name, String area, int month,
                                                                 String revenues, String costs, String equity,
                                                                 long version) {
        return EventEnvelope.of(EventTypes.RESULT_UNIT_MONTH_CLOSED_V1, Instant.now(), PRODUCTION,
                UUID.randomUUID().toString(), new ResultUnitMonthClosedV1(unit, UUID.randomUUID().toString(),
                        PRODUCTION, name, area, 2026, month, revenues, costs, null, null, null, null, null, null,
                        "5.00", "LADDER", false, false, equity, null, version));
    }

    private void publish(EventEnvelope<?> event) {
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }
}
