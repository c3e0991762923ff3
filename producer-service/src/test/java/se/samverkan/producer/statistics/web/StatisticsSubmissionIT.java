package se.samverkan.producer.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
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
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.producer.statistics.StatisticsScenario;
import se.samverkan.producer.statistics.application.OrdererEventsProjection;

/** Statistics submissions through the API, with the orderer's events through the real broker where it matters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsSubmissionIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OrdererEventsProjection projection;

    private String observer;

    @BeforeEach
    void observeEvents() {
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false, false, false));
        admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                .with(EventTypes.STATISTICS_SUBMITTED_V1.name()));
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private StatisticsScenario ready(String provider) {
        return StatisticsScenario.ready(api(), projection, provider, "board-von");
    }

    @Test
    void aUnitsMonthIsStoredAndAnnouncedWithTheSpecificationItWasCheckedAgainst() throws Exception {
        StatisticsScenario scenario = ready("provider-stat-announce");

        HttpResponse<String> created = scenario.submitMonth(api(), "2026-10", "1840.5");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/providers/" + scenario.providerId
                + "/units/" + scenario.unitId + "/statistics/2026-10");
        JsonNode body = ApiClient.json(created);
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("dueOn").asString()).isEqualTo("2026-11-15");
        assertThat(body.get("boardOrganisationId").asString()).isEqualTo("board-von");
        EventEnvelope<StatisticsSubmittedV1> event = announcementFor(scenario.unitId);
        assertThat(event.organisationId()).isEqualTo("provider-stat-announce");
        assertThat(event.payload().unitId()).isEqualTo(scenario.unitId);
        assertThat(event.payload().period()).isEqualTo("2026-10");
        assertThat(event.payload().version()).isEqualTo(1);
        assertThat(event.payload().specificationId()).isEqualTo(scenario.specificationId);
        assertThat(event.payload().specificationVersion()).isEqualTo(1);
        assertThat(event.payload().values()).extracting(StatisticsSubmittedV1.MeasureValue::measure)
                .containsExactly("HOME_CARE_HOURS_PERFORMED", "HOME_CARE_STAFF_FTE", "HOME_CARE_HOURS_PER_FTE");
        assertThat(event.payload().values().get(0).byGender().get("M")).isEqualByComparingTo("840.5");
    }

    @Test
    void correctionIsANewVersionAndHistoryIsKept() {
        StatisticsScenario scenario = ready("provider-stat-correct");
        assertThat(scenario.submitMonth(api(), "2027-02", "1800").statusCode()).isEqualTo(201);

        HttpResponse<String> corrected = scenario.submitMonth(api(), "2027-02", "1850");

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(ApiClient.json(corrected).get("version").asInt()).isEqualTo(2);
        String path = "/api/v1/providers/" + scenario.providerId + "/units/" + scenario.unitId + "/statistics/2027-02";
        ApiClient provider = api().as(Role.PROVIDER_USER, scenario.providerOrganisation);
        JsonNode current = provider.getJson(path);
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("1850");
        assertThat(current.get("versions")).hasSize(2);
        JsonNode history = provider.getJson(path + "/history");
        assertThat(history.get("versions")).hasSize(2);
        assertThat(history.get("versions").get(0).get("values").get(0).get("value").decimalValue())
                .isEqualByComparingTo("1800");
        assertThat(history.get("versions").get(1).get("values").get(0).get("value").decimalValue())
                .isEqualByComparingTo("1850");
        JsonNode list = provider.getJson("/api/v1/providers/" + scenario.providerId + "/statistics");
        assertThat(list.get("totalElements").asInt()).isEqualTo(1);
        assertThat(list.get("content").get(0).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void submissionAfterDueDateIsLateAndMissingPeriodsAreListed() {
        StatisticsScenario scenario = ready("provider-stat-late");

        HttpResponse<String> late = scenario.submitMonth(api(), "2025-01", "1500");

        assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
        assertThat(ApiClient.json(late).get("late").asBoolean()).isTrue();
        JsonNode status = api().as(Role.PROVIDER_USER, scenario.providerOrganisation)
                .getJson("/api/v1/providers/" + scenario.providerId + "/statistics/status?year=2025");
        assertThat(status.get("dueDayOfFollowingMonth").asInt()).isEqualTo(15);
        JsonNode unit = status.get("units").get(0);
        assertThat(unit.get("unitId").asString()).isEqualTo(scenario.unitId);
        assertThat(unit.get("late").asInt()).isEqualTo(1);
        assertThat(unit.get("missing").asInt()).as("February–December and the year's survey").isEqualTo(11 + 1);
        assertThat(unit.get("periods").get(0).get("period").asString()).isEqualTo("2025-01");
        assertThat(unit.get("periods").get(0).get("state").asString()).isEqualTo("LATE");
        assertThat(unit.get("periods").get(1).get("state").asString()).isEqualTo("MISSING");
    }

    @Test
    void everyViolationIsListedAtOnceAndNothingIsStored() {
        StatisticsScenario scenario = ready("provider-stat-invalid");
        String body = "{\"unitId\":\"" + scenario.unitId + "\",\"period\":\"2027-03\",\"values\":["
                + "{\"measure\":\"HOME_CARE_HOURS_PERFORMED\",\"value\":100,\"byGender\":{\"K\":60,\"M\":30,\"T\":100},"
                + "\"byAgeBand\":{\"0-64\":1,\"65-79\":1,\"80-89\":1,\"90-\":1}},"
                + "{\"measure\":\"HOME_CARE_STAFF_FTE\",\"value\":-1},"
                + "{\"measure\":\"NO_SUCH_MEASURE\",\"value\":1}]}";

        HttpResponse<String> response = api().as(Role.PROVIDER_USER, scenario.providerOrganisation)
                .post("/api/v1/providers/" + scenario.providerId + "/statistics", body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:samverkan:problem:validation");
        assertThat(problem.get("errors").findValuesAsString("rule")).containsExactlyInAnyOrder("gender-sum",
                "min-value", "unknown-measure", "required-measure");
        assertThat(problem.get("errors").findValuesAsString("message")).anySatisfy(
                message -> assertThat(message).contains("HOME_CARE_HOURS_PER_FTE"));
        assertThat(mongo.getCollection("statistics_submissions").countDocuments(
                new org.bson.Document("providerId", scenario.providerId))).isZero();
    }

    @Test
    void unitOutsideAgreementIsRefused() {
        StatisticsScenario scenario = ready("provider-stat-outside");

        HttpResponse<String> response = scenario.submitMonth(api(), "2024-06", "1500");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("errors").findValuesAsString("rule")).containsExactly("in-agreement");
    }

    @Test
    void aProviderUserCannotSeeOrSubmitForAnotherProvider() {
        StatisticsScenario scenario = ready("provider-stat-owner");
        assertThat(scenario.submitMonth(api(), "2027-01", "1500").statusCode()).isEqualTo(201);
        ApiClient nosy = api().as(Role.PROVIDER_USER, "provider-stat-nosy");

        HttpResponse<String> submit = nosy.post("/api/v1/providers/" + scenario.providerId + "/statistics",
                scenario.month("2027-02", "1500"));
        HttpResponse<String> read = nosy.get("/api/v1/providers/" + scenario.providerId + "/units/" + scenario.unitId
                + "/statistics/2027-01");
        HttpResponse<String> missing = nosy.get("/api/v1/providers/" + UUID.randomUUID() + "/units/" + scenario.unitId
                + "/statistics/2027-01");

        assertThat(submit.statusCode()).isEqualTo(404);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(read).get("type")).isEqualTo(ApiClient.json(missing).get("type"));
    }

    @Test
    void boardOfficialsReadOnlyWhatWasCheckedAgainstTheirBoardsSpecification() {
        StatisticsScenario scenario = ready("provider-stat-boards");
        assertThat(scenario.submitMonth(api(), "2027-01", "1500").statusCode()).isEqualTo(201);
        String path = "/api/v1/providers/" + scenario.providerId + "/units/" + scenario.unitId + "/statistics/2027-01";
        String list = "/api/v1/providers/" + scenario.providerId + "/statistics";

        assertThat(api().as(Role.ORDERER_OFFICIAL, "board-von").get(path).statusCode()).isEqualTo(200);
        assertThat(api().as(Role.COUNCIL_ANALYST, "ks-klk").get(path).statusCode()).isEqualTo(200);
        assertThat(api().as(Role.ORDERER_OFFICIAL, "board-kun").get(path).statusCode()).isEqualTo(404);
        assertThat(api().as(Role.ORDERER_OFFICIAL, "board-von").getJson(list).get("totalElements").asInt()).isEqualTo(1);
        assertThat(api().as(Role.ORDERER_OFFICIAL, "board-kun").getJson(list).get("totalElements").asInt()).isZero();
    }

    @Test
    void specificationsAndAgreementsArriveFromOrdererServicesEventsDuplicatesAndLateArrivalsChangeNothing()
            throws Exception {
        StatisticsScenario scenario = StatisticsScenario.provider(api(), "provider-stat-events", "board-von");
        publish(scenario.specification(1, "2025-01-01"));
        publish(scenario.specification(1, "2025-01-01"));
        publish(scenario.signed("2025-01-01", "2027-06-30", 2));
        publish(scenario.signed("2025-01-01", null, 1));
        // The queue is read in order: once this marker is applied, everything before it is too.
        publish(scenario.specification(2, "2030-01-01"));
        awaitSpecification(scenario, 2);

        assertThat(scenario.submitMonth(api(), "2027-06", "1500").statusCode()).isEqualTo(201);
        HttpResponse<String> july = scenario.submitMonth(api(), "2027-07", "1500");
        assertThat(ApiClient.json(july).get("errors").findValuesAsString("rule"))
                .as("the older signing that came late did not reopen the agreement").containsExactly("in-agreement");
        assertThat(mongo.getCollection("statistics_specifications").countDocuments(
                new org.bson.Document("specificationId", scenario.specificationId))).isEqualTo(2);

        publish(scenario.terminated("2027-03-31", 3));
        publish(scenario.specification(3, "2031-01-01"));
        awaitSpecification(scenario, 3);

        assertThat(scenario.submitMonth(api(), "2027-03", "1500").statusCode()).isEqualTo(201);
        HttpResponse<String> april = scenario.submitMonth(api(), "2027-04", "1500");
        assertThat(ApiClient.json(april).get("errors").findValuesAsString("rule"))
                .as("the agreement was terminated on 31 March").containsExactly("in-agreement");
    }

    /** Other tests' submissions may be announced on the same exchange meanwhile; this unit's is looked for. */
    private EventEnvelope<StatisticsSubmittedV1> announcementFor(String unitId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            Message message = rabbit.receive(observer, 1_000);
            if (message != null) {
                EventEnvelope<StatisticsSubmittedV1> event = EventJson.read(message.getBody(),
                        EventTypes.STATISTICS_SUBMITTED_V1);
                if (event.payload().unitId().equals(unitId)) {
                    Message more;
                    while ((more = rabbit.receive(observer, 1_000)) != null) {
                        assertThat(EventJson.read(more.getBody(), EventTypes.STATISTICS_SUBMITTED_V1).payload().unitId())
                                .as("no second copy").isNotEqualTo(unitId);
                    }
                    return event;
                }
            }
        }
        throw new AssertionError("statistics.submitted.v1 of unit " + unitId + " was not published");
    }

    private void awaitSpecification(StatisticsScenario scenario, int version) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        org.bson.Document id = new org.bson.Document("_id", scenario.specificationId + ":" + version);
        while (mongo.getCollection("statistics_specifications").countDocuments(id) == 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(mongo.getCollection("statistics_specifications").countDocuments(id)).as("version " + version
                + " arrived").isEqualTo(1);
    }

    private void publish(EventEnvelope<?> event) {
        rabbit.send(topology.exchangeOf(EventTypes.ORDERER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }

}
