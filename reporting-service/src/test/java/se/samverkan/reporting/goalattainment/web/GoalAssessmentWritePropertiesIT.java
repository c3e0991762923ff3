package se.samverkan.reporting.goalattainment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.bson.Document;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.BadInput;
import se.samverkan.defaults.testing.RunningService;
import se.samverkan.reporting.ReportingServiceApplication;
import se.samverkan.reporting.testing.OrdererEvents;

/**
 * Generated bad input against the one write endpoint of reporting-service, recording a board's
 * forecast or assessment: never a 5xx, every rejection a problem detail, and a rejected request
 * changes nothing stored.
 */
class GoalAssessmentWritePropertiesIT {

    private static final String PERIOD = "2023-2026";

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String path;

    @BeforeContainer
    static void start() {
        service = RunningService.start(ReportingServiceApplication.class);
        api = service.api().as(Role.ORDERER_OFFICIAL, "board-von");
        mongo = service.mongo();
        String boardId = UUID.randomUUID().toString();
        String goalId = UUID.randomUUID().toString();
        OrdererEvents.publish(service.bean(RabbitTemplate.class), service.bean(Topology.class),
                EventTypes.BOARD_GOALS_ADOPTED_V1, "board-von", new BoardGoalsAdoptedV1(boardId, "VON", "board-von",
                        PERIOD, List.of(new BoardGoalsAdoptedV1.BoardGoal(goalId, "Nöjda brukare", null,
                        UUID.randomUUID().toString(), List.of())), 0));
        await().atMost(Duration.ofSeconds(15)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                .is(boardId + "/" + PERIOD)), "board_goals"));
        path = "/api/v1/reports/goal-attainment/" + PERIOD + "/2025/board-goals/" + goalId + "/assessment";
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 300)
    void recordingAnAssessmentNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("assessmentBodies") String body) {
        List<Document> before = stored();

        HttpResponse<String> response = api.send("PUT", path, body);

        BadInput.assertSucceededOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            assertThat(Objects.toString(stored())).as(body).isEqualTo(Objects.toString(before));
        }
    }

    @Provide
    Arbitrary<String> assessmentBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("stage", Arbitraries.of("AUGUST_FORECAST", "ANNUAL_REPORT", "annual_report", "SPRING", ""));
        plausible.put("level", Arbitraries.of("MET", "PARTLY_MET", "NOT_MET", "met", "UPPFYLLT", " "));
        plausible.put("comment", Arbitraries.strings().ofMinLength(0).ofMaxLength(30)
                .injectNull(0.1).map(text -> text == null ? "" : text));
        return BadInput.bodies(plausible);
    }

    private static List<Document> stored() {
        return mongo.getCollection("goal_assessments").find().into(new java.util.ArrayList<>());
    }
}
