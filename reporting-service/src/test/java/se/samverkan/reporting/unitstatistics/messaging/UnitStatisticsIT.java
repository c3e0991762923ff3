package se.samverkan.reporting.unitstatistics.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

/** The units' latest statistics, built from producer-service's statistics.submitted.v1 (the contract's example). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitStatisticsIT {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

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
    void theLatestVersionOfEachUnitsPeriodIsKeptAndAnOlderOrRepeatedOneChangesNothing() throws Exception {
        StatisticsSubmittedV1 example = example();
        EventEnvelope<StatisticsSubmittedV1> second = envelope(example);
        publish(second);
        publish(second);
        publish(envelope(withVersionAndHours(example, 1, "1700")));
        publish(envelope(withVersionAndHours(example, 1, "900").periodOf("2027-04")));

        ApiClient analyst = ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                analyst.getJson("/api/v1/reports/unit-statistics").get("totalElements").asInt()).isEqualTo(2));
        Thread.sleep(500);

        JsonNode march = analyst.getJson("/api/v1/reports/unit-statistics?period=2027-03&measure=HOME_CARE_STAFF_FTE");
        assertThat(march.get("totalElements").asInt()).isEqualTo(1);
        JsonNode row = march.get("content").get(0);
        assertThat(row.get("version").asInt()).isEqualTo(2);
        assertThat(row.get("boardOrganisationId").asString()).isEqualTo("board-von");
        assertThat(row.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("1840.5");
        assertThat(row.get("values").get(0).get("byGender").get("K").decimalValue()).isEqualByComparingTo("1100");
        assertThat(row.get("values").get(0).get("byAgeBand").get("80-89").decimalValue()).isEqualByComparingTo("860");
        assertThat(analyst.getJson("/api/v1/reports/unit-statistics").get("content").get(0).get("period").asString())
                .as("newest period first").isEqualTo("2027-04");
    }

    @Test
    void aBoardsOfficialsSeeWhatWasReportedToTheirBoardAndTheProductionBoardItsOwnUnits() {
        publish(envelope(example()));
        ApiClient api = ApiClient.onPort(port);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(api.as(Role.FINANCE, "ks-klk")
                .getJson("/api/v1/reports/unit-statistics").get("totalElements").asInt()).isEqualTo(1));

        assertThat(api.as(Role.ORDERER_OFFICIAL, "board-von").getJson("/api/v1/reports/unit-statistics")
                .get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.as(Role.ORDERER_OFFICIAL, "board-kun").getJson("/api/v1/reports/unit-statistics")
                .get("totalElements").asInt()).isZero();
        assertThat(api.as(Role.PRODUCTION_BOARD, "provider-vallby-produktion")
                .getJson("/api/v1/reports/unit-statistics").get("totalElements").asInt()).isZero();
        assertThat(api.as(Role.PROVIDER_USER, "provider-omsorgsgruppen-norr-ab")
                .get("/api/v1/reports/unit-statistics").statusCode()).isEqualTo(403);
    }

    private static StatisticsSubmittedV1 example() {
        try (InputStream in = UnitStatisticsIT.class.getResourceAsStream(
                EventTypes.STATISTICS_SUBMITTED_V1.exampleResource())) {
            return JSON.readValue(JSON.readTree(in).get("payload").toString(), StatisticsSubmittedV1.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Changed withVersionAndHours(StatisticsSubmittedV1 p, int version, String hours) {
        List<StatisticsSubmittedV1.MeasureValue> values = p.values().stream().map(value -> new StatisticsSubmittedV1
                .MeasureValue(value.measure(), value.valueType(), value.measure().equals("HOME_CARE_HOURS_PERFORMED")
                ? new BigDecimal(hours) : value.value(), value.text(), java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), null, null)).toList();
        return new Changed(new StatisticsSubmittedV1(p.submissionId(), p.providerId(), p.providerOrganisationId(),
                p.unitId(), p.unitName(), p.serviceArea(), p.area(), p.period(), p.frequency(), p.periodStart(),
                p.periodEnd(), version, p.specificationId(), p.specificationVersion(), p.boardId(),
                p.boardOrganisationId(), p.submittedAt(), p.dueOn(), p.late(), values));
    }

    /** A changed copy of the example; {@link #periodOf} moves it to another month. */
    private record Changed(StatisticsSubmittedV1 p) {

        StatisticsSubmittedV1 periodOf(String month) {
            return new StatisticsSubmittedV1(UUID.randomUUID().toString(), p.providerId(), p.providerOrganisationId(),
                    p.unitId(), p.unitName(), p.serviceArea(), p.area(), month, p.frequency(), month + "-01",
                    p.periodEnd(), p.version(), p.specificationId(), p.specificationVersion(), p.boardId(),
                    p.boardOrganisationId(), p.submittedAt(), p.dueOn(), p.late(), p.values());
        }
    }

    private static EventEnvelope<StatisticsSubmittedV1> envelope(Changed changed) {
        return envelope(changed.p());
    }

    private static EventEnvelope<StatisticsSubmittedV1> envelope(StatisticsSubmittedV1 payload) {
        return EventEnvelope.of(EventTypes.STATISTICS_SUBMITTED_V1, Instant.now(), payload.providerOrganisationId(),
                UUID.randomUUID().toString(), payload);
    }

    private void publish(EventEnvelope<?> event) {
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }
}
