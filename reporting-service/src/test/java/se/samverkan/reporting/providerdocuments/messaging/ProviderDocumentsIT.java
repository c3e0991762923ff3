package se.samverkan.reporting.providerdocuments.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import se.samverkan.contracts.EventType;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ActivityReportSubmittedV1;
import se.samverkan.contracts.producer.InsightPackageDeliveredV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

/** The year's compilation of what providers handed in, fed by producer-service's events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderDocumentsIT {

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
    void theNewestReportVersionAndEveryDeliveredPackageAreCompiledWhateverTheOrderAndRepeats() {
        publish(EventTypes.ACTIVITY_REPORT_SUBMITTED_V1, report("p-norr", 2, false));
        EventEnvelope<ActivityReportSubmittedV1> first = publish(EventTypes.ACTIVITY_REPORT_SUBMITTED_V1,
                report("p-norr", 1, false));
        publish(first);
        publish(EventTypes.ACTIVITY_REPORT_SUBMITTED_V1, report("p-egenregi", 1, true));
        publish(EventTypes.INSIGHT_PACKAGE_DELIVERED_V1, delivered("pkg-1", "board-von", false));
        publish(EventTypes.INSIGHT_PACKAGE_DELIVERED_V1, delivered("pkg-2", "board-kun", true));

        ApiClient klk = ApiClient.onPort(port).as(COUNCIL_ANALYST, "ks-klk");
        await().atMost(Duration.ofSeconds(10)).until(() -> ApiClient.json(klk.get(
                "/api/v1/reports/provider-documents?year=2026")).get("insightPackages").size() == 2
                && ApiClient.json(klk.get("/api/v1/reports/provider-documents?year=2026")).get("activityReports")
                .size() == 2);
        JsonNode compiled = ApiClient.json(klk.get("/api/v1/reports/provider-documents?year=2026"));

        assertThat(compiled.get("activityReports").get(0).get("providerId").asString()).isEqualTo("p-egenregi");
        assertThat(compiled.get("activityReports").get(1).get("number").asInt())
                .as("the older version that came later changed nothing").isEqualTo(2);
        assertThat(compiled.get("lateActivityReports").asLong()).isEqualTo(1);
        assertThat(compiled.get("lateInsightPackages").asLong()).isEqualTo(1);
        JsonNode boardView = ApiClient.json(ApiClient.onPort(port).as(ORDERER_OFFICIAL, "board-von")
                .get("/api/v1/reports/provider-documents?year=2026"));
        assertThat(boardView.get("insightPackages").findValuesAsString("packageId")).containsExactly("pkg-1");
        assertThat(ApiClient.onPort(port).as(COUNCIL_ANALYST, "ks-klk")
                .get("/api/v1/reports/provider-documents?year=1999").statusCode()).isEqualTo(400);
    }

    private static ActivityReportSubmittedV1 report(String provider, int number, boolean late) {
        return new ActivityReportSubmittedV1(UUID.randomUUID().toString(), provider, "org-" + provider, 2026, number,
                "2027-02-20T10:00:00Z", "2027-02-28", late, Map.of("RESULTS", "Utfört."));
    }

    private static InsightPackageDeliveredV1 delivered(String id, String board, boolean late) {
        return new InsightPackageDeliveredV1(id, "p-norr", "provider-norr", board, null, "Insynsuppgifter",
                "2026-02-01", "2026-03-15", late ? "2026-03-20" : "2026-03-10", late,
                List.of(new InsightPackageDeliveredV1.ItemV1("Utbildningsnivå", "92 procent.", "2026-03-10")), 2);
    }

    private <T> EventEnvelope<T> publish(EventType<T> type, T payload) {
        EventEnvelope<T> event = EventEnvelope.of(type, Instant.now(), "org", UUID.randomUUID().toString(), payload);
        publish(event);
        return event;
    }

    private void publish(EventEnvelope<?> event) {
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }
}
