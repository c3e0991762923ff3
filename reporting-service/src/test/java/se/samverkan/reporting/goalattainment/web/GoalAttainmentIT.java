package se.samverkan.reporting.goalattainment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.testing.OrdererEvents;
import se.samverkan.reporting.testing.ProducerEvents;

/**
 * Goal attainment and equality analysis compiled from real events through the broker: the
 * council's and the boards' goals from orderer-service, the units' statistics from producer-service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalAttainmentIT {

    private static final String PERIOD = "2023-2026";
    private static final String SATISFIED = "HOME_CARE_SATISFIED_USERS";

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

    private final String safeCare = UUID.randomUUID().toString();
    private final String climate = UUID.randomUUID().toString();
    private final String vonGoal = UUID.randomUUID().toString();
    private final String kunGoal = UUID.randomUUID().toString();
    private ApiClient api;

    @BeforeEach
    void goalsAndStatistics() {
        api = ApiClient.onPort(port);
        OrdererEvents.publish(rabbit, topology, EventTypes.COUNCIL_GOALS_ADOPTED_V1, "ks-klk",
                new CouncilGoalsAdoptedV1(PERIOD, "Vallby – trygg och grön", "Mål och budget", List.of(
                        new CouncilGoalsAdoptedV1.CouncilGoal(safeCare, 1, "Trygg omsorg", null, "SOCIAL"),
                        new CouncilGoalsAdoptedV1.CouncilGoal(climate, 2, "Klimatet", null, "ECOLOGICAL")), 0));
        OrdererEvents.publish(rabbit, topology, EventTypes.BOARD_GOALS_ADOPTED_V1, "board-von",
                new BoardGoalsAdoptedV1(UUID.randomUUID().toString(), "VON", "board-von", PERIOD, List.of(
                        new BoardGoalsAdoptedV1.BoardGoal(vonGoal, "Brukarna är nöjda med hemtjänsten", null, safeCare,
                                List.of(new BoardGoalsAdoptedV1.Indicator(UUID.randomUUID().toString(),
                                                "Andel nöjda brukare", "procent", "INCREASE", true,
                                                List.of("GENDER", "AREA"), List.of(target(2025, "90"), target(2026, "95")),
                                                SATISFIED, "WEIGHTED_AVERAGE"),
                                        new BoardGoalsAdoptedV1.Indicator(UUID.randomUUID().toString(),
                                                "Personalkontinuitet", "antal", "DECREASE", true, List.of("GENDER"),
                                                List.of(target(2025, "12")))))), 0));
        OrdererEvents.publish(rabbit, topology, EventTypes.BOARD_GOALS_ADOPTED_V1, "board-kun",
                new BoardGoalsAdoptedV1(UUID.randomUUID().toString(), "KUN", "board-kun", PERIOD, List.of(
                        new BoardGoalsAdoptedV1.BoardGoal(kunGoal, "Fossilfria resor", null, climate, List.of(
                                new BoardGoalsAdoptedV1.Indicator(UUID.randomUUID().toString(), "Andel fossilfria",
                                        "procent", "INCREASE", false, List.of(), List.of(target(2025, "50")),
                                        SATISFIED, "AVERAGE")))), 0));
        ProducerEvents.publish(rabbit, topology, ProducerEvents.survey("board-von", "norr", "Norr", "2025", SATISFIED,
                "95", "97", "82", 30));
        ProducerEvents.publish(rabbit, topology, ProducerEvents.survey("board-von", "soder", "Söder", "2025", SATISFIED,
                "85", "90", "80", 10));
        ProducerEvents.publish(rabbit, topology, ProducerEvents.survey("board-von", "norr", "Norr", "2024", SATISFIED,
                "10", "10", "10", 500));
        ProducerEvents.publish(rabbit, topology, ProducerEvents.survey("board-kun", "fritid", "Norr", "2025",
                SATISFIED, "10", "10", "10", 500));
        await().atMost(Duration.ofSeconds(15)).until(() -> mongo.count(new Query(), "unit_statistics") == 4
                && mongo.count(new Query(), "board_goals") == 2 && mongo.count(new Query(), "council_goals") == 1);
    }

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theYearsFiguresOfTheBoardsUnitsAreMeasuredAgainstTheTargetAndRolledUpToTheGoalAreas() {
        JsonNode report = api.as(Role.COUNCIL_ANALYST, "ks-klk").getJson("/api/v1/reports/goal-attainment/"
                + PERIOD + "/2025");

        JsonNode social = report.get("goalAreas").get(0);
        assertThat(social.get("goalArea").asString()).isEqualTo("SOCIAL");
        JsonNode goal = social.get("councilGoals").get(0).get("boardGoals").get(0);
        JsonNode satisfied = goal.get("indicators").get(0);
        assertThat(satisfied.get("actual").decimalValue()).as("weighted by respondents, 2025 only, VON's units only")
                .isEqualByComparingTo("92.5");
        assertThat(satisfied.get("target").decimalValue()).isEqualByComparingTo("90");
        assertThat(satisfied.get("status").asString()).isEqualTo("ON_TARGET");
        assertThat(satisfied.get("byArea").get("Söder").decimalValue()).isEqualByComparingTo("85");
        assertThat(goal.get("indicators").get(1).get("status").asString()).isEqualTo("NOT_MEASURED");
        assertThat(social.get("counts").get("onTarget").asInt()).isEqualTo(1);
        assertThat(social.get("counts").get("notMeasured").asInt()).isEqualTo(1);
        JsonNode ecological = report.get("goalAreas").get(1);
        assertThat(ecological.get("councilGoals").get(0).get("boardGoals").get(0).get("indicators").get(0)
                .get("status").asString()).isEqualTo("OFF_TARGET");
        assertThat(report.get("counts").get("boardGoals").asInt()).isEqualTo(2);
        assertThat(report.get("counts").get("notAssessed").asInt()).isEqualTo(2);
    }

    @Test
    void aBoardsOfficialsSeeAndJudgeOnlyTheirOwnBoardsGoals() {
        ApiClient von = api.as(Role.ORDERER_OFFICIAL, "board-von");
        JsonNode own = von.getJson("/api/v1/reports/goal-attainment/" + PERIOD + "/2025");
        assertThat(own.get("counts").get("boardGoals").asInt()).as("VON's goal only").isEqualTo(1);
        assertThat(von.getJson("/api/v1/reports/goal-attainment/" + PERIOD + "/2025?boardOrganisationId=board-kun")
                .get("counts").get("boardGoals").asInt()).isZero();

        HttpResponse<String> forecast = von.send("PUT", assessment(vonGoal), """
                {"stage":"AUGUST_FORECAST","level":"PARTLY_MET","comment":"Nöjdheten ökar men inte i Söder."}""");
        assertThat(forecast.statusCode()).as(forecast.body()).isEqualTo(200);
        HttpResponse<String> annual = von.send("PUT", assessment(vonGoal), """
                {"stage":"ANNUAL_REPORT","level":"MET","comment":"Målet är uppfyllt."}""");
        assertThat(annual.statusCode()).as(annual.body()).isEqualTo(200);
        assertThat(von.send("PUT", assessment(kunGoal), """
                {"stage":"ANNUAL_REPORT","level":"MET","comment":"Inte vårt mål."}""").statusCode())
                .as("another board's goal is not there").isEqualTo(404);
        assertThat(api.as(Role.FINANCE, "ks-klk").send("PUT", assessment(vonGoal), """
                {"stage":"ANNUAL_REPORT","level":"MET","comment":"x"}""").statusCode()).isEqualTo(403);
        HttpResponse<String> rejected = von.send("PUT", assessment(vonGoal), """
                {"stage":"ANNUAL_REPORT","level":"GOOD"}""");
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body()).contains("level", "comment");

        JsonNode judged = api.as(Role.FINANCE, "ks-klk").getJson("/api/v1/reports/goal-attainment/" + PERIOD + "/2025")
                .get("goalAreas").get(0).get("councilGoals").get(0).get("boardGoals").get(0).get("assessment");
        assertThat(judged.get("forecast").get("level").asString()).isEqualTo("PARTLY_MET");
        assertThat(judged.get("assessment").get("levelLabel").asString()).isEqualTo("Uppfyllt");
        assertThat(judged.get("assessment").get("comment").asString()).isEqualTo("Målet är uppfyllt.");
        assertThat(api.as(Role.COUNCIL_ANALYST, "ks-klk").getJson("/api/v1/reports/goal-attainment/" + PERIOD
                + "/2025").get("counts").get("met").asInt()).isEqualTo(1);
    }

    @Test
    void genderDifferenceBeyondTheThresholdIsFlaggedForTheBoardToExplain() {
        JsonNode equality = api.as(Role.COUNCIL_ANALYST, "ks-klk").getJson("/api/v1/reports/equality/" + PERIOD
                + "/2025");

        assertThat(equality.get("thresholdPercent").decimalValue()).isEqualByComparingTo("10");
        assertThat(equality.get("rows").size()).as("only indicators with a measure and a breakdown").isEqualTo(1);
        JsonNode row = equality.get("rows").get(0);
        assertThat(row.get("gender").get("women").decimalValue()).isEqualByComparingTo("95.25");
        assertThat(row.get("gender").get("men").decimalValue()).isEqualByComparingTo("81.5");
        assertThat(row.get("gender").get("difference").decimalValue()).isEqualByComparingTo("13.75");
        assertThat(row.get("gender").get("flagged").asBoolean()).isTrue();
        assertThat(row.get("areas").get("difference").decimalValue()).isEqualByComparingTo("10");
        assertThat(row.get("areas").get("flagged").asBoolean()).as("at the threshold, not beyond").isFalse();
        assertThat(row.get("flagged").asBoolean()).isTrue();
        assertThat(equality.get("flagged").asInt()).isEqualTo(1);
        assertThat(api.as(Role.ORDERER_OFFICIAL, "board-kun").getJson("/api/v1/reports/equality/" + PERIOD + "/2025")
                .get("rows").size()).as("another board's indicators are not there").isZero();
    }

    @Test
    void aYearOutsideTheMandatePeriodIsRefused() {
        HttpResponse<String> response = api.as(Role.COUNCIL_ANALYST, "ks-klk")
                .get("/api/v1/reports/goal-attainment/" + PERIOD + "/2027");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("in-mandate-period");
    }

    private static String assessment(String boardGoalId) {
        return "/api/v1/reports/goal-attainment/" + PERIOD + "/2025/board-goals/" + boardGoalId + "/assessment";
    }

    private static BoardGoalsAdoptedV1.Target target(int year, String value) {
        return new BoardGoalsAdoptedV1.Target(year, new BigDecimal(value));
    }
}
