package se.samverkan.transparency.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.transparency.portal.application.MeasureNameStore;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.portal.domain.UnitStatistics;

/** The portal's statistics read model over the real broker: latest version wins, duplicates and late versions change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicStatisticsProjectionIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    UnitStatisticsStore store;
    @Autowired
    MeasureNameStore names;

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theGoldenSubmissionIsKeptForItsUnitAndPeriod() throws Exception {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.STATISTICS_SUBMITTED_V1.exampleResource())) {
            golden = in.readAllBytes();
        }
        publish(golden);

        UnitStatistics stored = await().atMost(Duration.ofSeconds(10)).until(() -> store.inServiceArea("HOME_CARE"),
                list -> list.size() == 1).get(0);
        assertThat(stored.unitId()).isEqualTo("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
        assertThat(stored.period()).isEqualTo("2027-03");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.values()).hasSize(2);
        assertThat(stored.values().get(0).byGender().get("M")).isEqualByComparingTo("740.5");
    }

    @Test
    void duplicatesAndOutOfOrderVersionsChangeNothing() {
        String unit = UUID.randomUUID().toString();
        EventEnvelope<StatisticsSubmittedV1> third = submission(unit, "2027", 3, "88");
        EventEnvelope<StatisticsSubmittedV1> first = submission(unit, "2027", 1, "50");
        EventEnvelope<StatisticsSubmittedV1> second = submission(unit, "2027", 2, "70");
        EventEnvelope<StatisticsSubmittedV1> otherPeriod = submission(unit, "2026", 1, "60");

        publish(third);
        publish(third);
        publish(first);
        publish(second);
        publish(otherPeriod);

        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("public_statistics").countDocuments() == 2);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            UnitStatistics latest = store.inServiceArea("HOME_CARE").stream()
                    .filter(statistics -> statistics.period().equals("2027")).findFirst().orElseThrow();
            assertThat(latest.version()).isEqualTo(3);
            assertThat(latest.values().get(0).value()).isEqualByComparingTo("88");
        });
        Document stored = mongo.getCollection("public_statistics").find(new Document("_id", unit + "/2027")).first();
        assertThat(stored.getList("processedEventIds", String.class))
                .as("only the newest version was applied, once").containsExactly(third.eventId().toString());
    }

    @Test
    void theMeasuresNamesComeFromTheNewestVersionOfTheBoardsSpecification() throws Exception {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream(
                EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.exampleResource())) {
            golden = in.readAllBytes();
        }
        var specification = EventJson.read(golden, EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1);
        var renamed = specification.payload().measures().stream().map(measure -> new StatisticsSpecificationPublishedV1.Measure(
                measure.code(), "Gammalt namn", measure.definition(), measure.category(), measure.valueType(),
                measure.unit(), measure.frequency(), measure.required(), measure.breakdowns(), measure.minValue(),
                measure.maxValue(), measure.reportsRespondents(), measure.reportsResponseRate(), measure.volumeMeasure(),
                measure.resourceMeasure(), measure.sourceSystem())).toList();
        var p = specification.payload();
        EventEnvelope<StatisticsSpecificationPublishedV1> older = EventEnvelope.of(
                EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1, Instant.now(), null, "test",
                new StatisticsSpecificationPublishedV1(p.specificationId(), p.boardId(), p.boardOrganisationId(),
                        p.boardShortName(), p.serviceArea(), p.version() - 1, p.validFrom(), p.ageBands(), renamed));

        publishSpecification(golden);
        publishSpecification(golden);
        publishSpecification(EventJson.write(older).getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(10)).until(() -> names.namesIn("HOME_CARE").containsKey("HOME_CARE_HOURS_GRANTED"));
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(names.namesIn("HOME_CARE").get("HOME_CARE_HOURS_GRANTED").label())
                        .isEqualTo("Beviljade timmar (timmar)"));
        assertThat(mongo.getCollection("public_measure_names").countDocuments()).isEqualTo(1);
    }

    private void publishSpecification(byte[] body) {
        Message message = MessageBuilder.withBody(body).setContentType("application/json").build();
        rabbit.send(topology.exchangeOf(EventTypes.ORDERER_SERVICE),
                EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.name(), message);
    }

    private EventEnvelope<StatisticsSubmittedV1> submission(String unit, String period, int version, String result) {
        return EventEnvelope.of(EventTypes.STATISTICS_SUBMITTED_V1, Instant.now(), null, "test",
                new StatisticsSubmittedV1(UUID.randomUUID().toString(), "p", "provider-x", unit, "Enhet", "HOME_CARE",
                        null, period, "YEARLY", period + "-01-01", period + "-12-31", version, "s", 1, "b", "board-von",
                        Instant.now().toString(), period + "-01-15", false, List.of(new StatisticsSubmittedV1.MeasureValue(
                        "NOJD", "PERCENT", new BigDecimal(result), null, Map.of(), Map.of(), Map.of(), 40,
                        new BigDecimal("61")))));
    }

    private void publish(EventEnvelope<StatisticsSubmittedV1> event) {
        publish(EventJson.write(event).getBytes(StandardCharsets.UTF_8));
    }

    private void publish(byte[] body) {
        Message message = MessageBuilder.withBody(body).setContentType("application/json").build();
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), EventTypes.STATISTICS_SUBMITTED_V1.name(), message);
    }
}
