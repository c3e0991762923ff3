package se.samverkan.reporting.goalstructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

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
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.testing.OrdererEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalStructureIT {

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

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theGoalsOfAPeriodAreReportedAsOneHierarchyFromTheNewestDocumentsOnly() throws Exception {
        EventEnvelope<CouncilGoalsAdoptedV1> council = golden(EventTypes.COUNCIL_GOALS_ADOPTED_V1);
        EventEnvelope<BoardGoalsAdoptedV1> board = golden(EventTypes.BOARD_GOALS_ADOPTED_V1);
        CouncilGoalsAdoptedV1 adopted = council.payload();
        CouncilGoalsAdoptedV1.CouncilGoal served = adopted.goals().stream()
                .filter(goal -> goal.councilGoalId().equals(board.payload().goals().get(0).councilGoalId()))
                .findFirst().orElseThrow();
        BoardGoalsAdoptedV1 revised = revise(board.payload(), "Brukarna är ännu nöjdare", 1);

        OrdererEvents.publish(rabbit, topology, board);
        OrdererEvents.publish(rabbit, topology, EventTypes.BOARD_GOALS_ADOPTED_V1, "board-von", revised);
        OrdererEvents.publish(rabbit, topology, board);
        OrdererEvents.publish(rabbit, topology, EventTypes.COUNCIL_GOALS_ADOPTED_V1, "ks-klk",
                new CouncilGoalsAdoptedV1(adopted.mandatePeriod(), "Reviderad vision", adopted.councilProgramme(),
                        adopted.goals(), adopted.version() + 1));
        OrdererEvents.publish(rabbit, topology, council);
        OrdererEvents.publish(rabbit, topology, council);
        OrdererEvents.publish(rabbit, topology, EventTypes.COUNCIL_GOALS_ADOPTED_V1, "ks-klk",
                new CouncilGoalsAdoptedV1("2027-2030", "Nästa vision", "Nästa program", List.of(), 0));

        String period = "/api/v1/reports/goals/" + adopted.mandatePeriod();
        await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/v1/reports/goals/2027-2030").statusCode() == 200);
        JsonNode structure = json.readTree(get(period).body());
        assertThat(structure.get("vision").asString()).as("the revision wins over the older document arriving later")
                .isEqualTo("Reviderad vision");
        assertThat(structure.get("councilProgramme").asString()).isEqualTo(adopted.councilProgramme());
        assertThat(structure.get("goalAreas")).extracting(area -> area.get("goalArea").asString())
                .containsExactly("SOCIAL", "ECOLOGICAL", "ECONOMIC");

        JsonNode councilGoal = councilGoal(structure, served.councilGoalId());
        assertThat(councilGoal.get("title").asString()).isEqualTo(served.title());
        JsonNode von = councilGoal.get("boards").get(0);
        assertThat(councilGoal.get("boards")).hasSize(1);
        assertThat(von.get("boardShortName").asString()).isEqualTo("VON");
        assertThat(von.get("goals")).hasSize(1);
        JsonNode goal = von.get("goals").get(0);
        assertThat(goal.get("title").asString()).as("the revision wins over the older document")
                .isEqualTo("Brukarna är ännu nöjdare");
        JsonNode indicator = goal.get("indicators").get(0);
        assertThat(indicator.get("unit").asString()).isEqualTo("procent");
        assertThat(indicator.get("direction").asString()).isEqualTo("INCREASE");
        assertThat(indicator.get("breakdowns")).extracting(JsonNode::asString)
                .containsExactly("GENDER", "AGE_BAND", "AREA");
        assertThat(indicator.get("targets")).extracting(target -> target.get("year").asInt())
                .containsExactly(2024, 2025, 2026);
        assertThat(indicator.get("measureCode").asString()).as("the measure it is measured by, kept")
                .isEqualTo("HOME_CARE_SATISFIED_USERS");
        assertThat(indicator.get("aggregation").asString()).isEqualTo("WEIGHTED_AVERAGE");
        assertThat(goal.get("indicators").get(1).get("targets").get(0).get("value").decimalValue())
                .isEqualByComparingTo(new BigDecimal("12.5"));
    }

    @Test
    void aPeriodWithoutCouncilGoalsIsNotFound() {
        var response = get("/api/v1/reports/goals/1999-2002");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    private static BoardGoalsAdoptedV1 revise(BoardGoalsAdoptedV1 goals, String title, long version) {
        BoardGoalsAdoptedV1.BoardGoal first = goals.goals().get(0);
        return new BoardGoalsAdoptedV1(goals.boardId(), goals.boardShortName(), goals.boardOrganisationId(),
                goals.mandatePeriod(), List.of(new BoardGoalsAdoptedV1.BoardGoal(first.boardGoalId(), title,
                first.description(), first.councilGoalId(), first.indicators())), version);
    }

    private static JsonNode councilGoal(JsonNode structure, String councilGoalId) {
        for (JsonNode area : structure.get("goalAreas")) {
            for (JsonNode goal : area.get("councilGoals")) {
                if (goal.get("councilGoalId").asString().equals(councilGoalId)) {
                    return goal;
                }
            }
        }
        throw new AssertionError("no council goal " + councilGoalId);
    }

    private <T> EventEnvelope<T> golden(se.samverkan.contracts.EventType<T> type) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(type.exampleResource())) {
            return EventJson.read(in.readAllBytes(), type);
        }
    }

    private java.net.http.HttpResponse<String> get(String path) {
        return ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk").get(path);
    }
}
