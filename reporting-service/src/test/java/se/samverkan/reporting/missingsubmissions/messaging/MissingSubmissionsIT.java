package se.samverkan.reporting.missingsubmissions.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.contracts.producer.UnitClosedV1;
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.missingsubmissions.application.MissingSubmissionReport;
import se.samverkan.reporting.missingsubmissions.domain.MissingSubmissions.BoardPeriodCount;
import se.samverkan.reporting.testing.OrdererEvents;
import se.samverkan.reporting.testing.ProducerEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissingSubmissionsIT {

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
    @Autowired
    MissingSubmissionReport report;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String board = "board-ms-" + UUID.randomUUID();
    private final String boardId = UUID.randomUUID().toString();
    private final String provider = "provider-ms-" + UUID.randomUUID();
    private final String providerId = UUID.randomUUID().toString();
    private final String norr = UUID.randomUUID().toString();
    private final String syd = UUID.randomUUID().toString();

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void whatShouldHaveArrivedAndDidNotIsListedPerProviderUnitAndPeriodWhateverOrderAndRepetitionTheEventsCameIn() {
        // the closing of Syd comes before its opening; the agreement and Norr's opening come twice
        ProducerEvents.publish(rabbit, topology, EventTypes.UNIT_CLOSED_V1, provider, new UnitClosedV1(providerId, syd,
                "Hemtjänst Syd", "HOME_CARE", "Syd", "2026-01-01", "2026-03-01", "Verksamheten flyttas.", 4));
        EventEnvelope<UnitOpenedV1> norrOpened = EventEnvelope.of(EventTypes.UNIT_OPENED_V1, Instant.now(), provider,
                UUID.randomUUID().toString(), new UnitOpenedV1(providerId, norr, "Hemtjänst Norr", "HOME_CARE", "Norr",
                        "2026-01-01", 2));
        ProducerEvents.publish(rabbit, topology, norrOpened);
        ProducerEvents.publish(rabbit, topology, norrOpened);
        ProducerEvents.publish(rabbit, topology, EventTypes.UNIT_OPENED_V1, provider, new UnitOpenedV1(providerId, syd,
                "Hemtjänst Syd", "HOME_CARE", "Syd", "2026-01-01", 3));
        OrdererEvents.publish(rabbit, topology, EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1, board,
                new StatisticsSpecificationPublishedV1(UUID.randomUUID().toString(), boardId, board, "VON",
                        "HOME_CARE", 1, "2026-01-01", List.of(), List.of(
                        measure("HOURS", "MONTHLY", true, null),
                        measure("COST", "QUARTERLY", true, "Ekonomisystemet"),
                        measure("VISITS", "YEARLY", false, null))));
        EventEnvelope<AgreementSignedV1> signed = OrdererEvents.envelope(EventTypes.AGREEMENT_SIGNED_V1, board,
                new AgreementSignedV1(UUID.randomUUID().toString(), boardId, board, providerId, provider, "LOV",
                        "HOME_CARE", "Hemtjänst", "2026-01-01", null, "5000000", false, true, null, List.of(),
                        "2025-12-01", 1));
        OrdererEvents.publish(rabbit, topology, signed);
        OrdererEvents.publish(rabbit, topology, signed);
        submitted(norr, "2026-01");
        submitted(norr, "2026-03");

        // due 15 Feb, Mar, Apr, May, Jun: Norr lacks Feb, Apr, May; Syd, closed on 1 March, lacks Jan and Feb
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rows(get(Role.COUNCIL_ANALYST, "ks-klk",
                "asOf=2026-06-20&providerOrganisationId=" + provider))).containsExactlyInAnyOrder(
                "Hemtjänst Norr 2026-02", "Hemtjänst Norr 2026-04", "Hemtjänst Norr 2026-05",
                "Hemtjänst Syd 2026-01", "Hemtjänst Syd 2026-02"));

        JsonNode page = get(Role.COUNCIL_ANALYST, "ks-klk", "asOf=2026-06-20&providerOrganisationId=" + provider
                + "&sort=daysOverdue,desc&size=2");
        assertThat(page.get("totalElements").asLong()).isEqualTo(5);
        assertThat(page.get("content")).hasSize(2);
        JsonNode oldest = page.get("content").get(0);
        assertThat(oldest.get("unitName").asString()).isEqualTo("Hemtjänst Syd");
        assertThat(oldest.get("period").asString()).isEqualTo("2026-01");
        assertThat(oldest.get("dueOn").asString()).isEqualTo("2026-02-15");
        assertThat(oldest.get("daysOverdue").asLong()).isEqualTo(125);
        assertThat(oldest.get("boardOrganisationId").asString()).isEqualTo(board);
        assertThat(oldest.get("providerId").asString()).isEqualTo(providerId);

        assertThat(rows(get(Role.ORDERER_OFFICIAL, board, "asOf=2026-06-20"))).as("the board's officials").hasSize(5);
        assertThat(rows(get(Role.ORDERER_OFFICIAL, "board-other", "asOf=2026-06-20&providerOrganisationId="
                + provider))).as("another board's officials").isEmpty();
        assertThat(rows(get(Role.PROVIDER_USER, provider, "asOf=2026-06-20"))).as("the provider's own users")
                .hasSize(5);
        assertThat(rows(get(Role.PROVIDER_USER, "provider-other", "asOf=2026-06-20"))).as("another provider's users")
                .isEmpty();
        assertThat(rows(get(Role.COUNCIL_ANALYST, "ks-klk", "asOf=2026-02-15&providerOrganisationId=" + provider)))
                .as("on its due day a period is not missing yet").isEmpty();

        JsonNode summary = json.readTree(ApiClient.onPort(port).as(Role.FINANCE, "finance")
                .get("/api/v1/reports/missing-submissions/providers?asOf=2026-06-20&providerOrganisationId=" + provider)
                .body()).get("content").get(0);
        assertThat(summary.get("missing").asLong()).isEqualTo(5);
        assertThat(summary.get("units").asLong()).isEqualTo(2);
        assertThat(summary.get("oldestDueOn").asString()).isEqualTo("2026-02-15");
        assertThat(summary.get("mostDaysOverdue").asLong()).isEqualTo(125);
        assertThat(summary.get("reminder").asString()).contains("5 perioder", "2 enheter", "2026-02-15");

        assertThat(report.countsPerBoardAndPeriod(LocalDate.of(2026, 6, 20)))
                .filteredOn(count -> count.boardOrganisationId().equals(board))
                .extracting(BoardPeriodCount::period, BoardPeriodCount::missing)
                .containsExactly(tuple("2026-01", 1L),
                        tuple("2026-02", 2L),
                        tuple("2026-04", 1L),
                        tuple("2026-05", 1L));
    }

    @Test
    void aDayThatIsNoDateIsRefusedWithAProblemDetail() {
        var response = ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk")
                .get("/api/v1/reports/missing-submissions?asOf=20-juni");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("asOf");
    }

    private void submitted(String unitId, String month) {
        ProducerEvents.publish(rabbit, topology, new StatisticsSubmittedV1(UUID.randomUUID().toString(), providerId,
                provider, unitId, "Hemtjänst Norr", "HOME_CARE", "Norr", month, "MONTHLY", month + "-01",
                month + "-28", 1, UUID.randomUUID().toString(), 1, boardId, board, month + "-28T10:00:00Z",
                month + "-15", false, List.of(new StatisticsSubmittedV1.MeasureValue("HOURS", "COUNT",
                new BigDecimal("1200"), null, Map.of(), Map.of(), Map.of(), null, null))));
    }

    private static StatisticsSpecificationPublishedV1.Measure measure(String code, String frequency, boolean required,
                                                                      String sourceSystem) {
        return new StatisticsSpecificationPublishedV1.Measure(code, code, null, "VOLUME", "COUNT", "antal", frequency,
                required, List.of(), null, null, false, false, null, null, sourceSystem);
    }

    private JsonNode get(Role role, String organisation, String query) {
        var response = ApiClient.onPort(port).as(role, organisation)
                .get("/api/v1/reports/missing-submissions?" + (query.contains("size=") ? "" : "size=100&") + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> rows(JsonNode page) {
        List<String> rows = new ArrayList<>();
        page.get("content").forEach(row -> rows.add(row.get("unitName").asString() + " " + row.get("period").asString()));
        return rows;
    }
}
