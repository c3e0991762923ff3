package se.samverkan.reporting.followupplans.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import se.samverkan.contracts.orderer.FollowUpPlanDecidedV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.testing.OrdererEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpPlansIT {

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
    void theCouncilSeesEachBoardsDecidedPlanOfTheYearOnceWithItsItemsPerFormNewestVersionWinning() {
        String vonPlan = UUID.randomUUID().toString();
        EventEnvelope<FollowUpPlanDecidedV1> decided = OrdererEvents.envelope(EventTypes.FOLLOW_UP_PLAN_DECIDED_V1,
                "board-von", plan(vonPlan, "board-von", 2027, "VON § 145", 4, "CONTRACT_FOLLOW_UP",
                        "CONTRACT_FOLLOW_UP", "SUPERVISION"));
        OrdererEvents.publish(rabbit, topology, decided);
        OrdererEvents.publish(rabbit, topology, decided);
        publish(plan(vonPlan, "board-von", 2027, "VON § 12 (utkast)", 3, "USER_SURVEY"));
        publish(plan(UUID.randomUUID().toString(), "board-von", 2026, "VON § 150", 2, "SUPERVISION"));
        String kunPlan = UUID.randomUUID().toString();
        publish(plan(kunPlan, "board-kun", 2027, "KUN § 88", 2, "ACTIVITY_FOLLOW_UP"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(planIds(as(Role.COUNCIL_ANALYST, "ks-klk", 2027))).contains(kunPlan));
        JsonNode year = as(Role.COUNCIL_ANALYST, "ks-klk", 2027);
        assertThat(year.get("year").asInt()).isEqualTo(2027);
        assertThat(planIds(year)).containsExactly(kunPlan, vonPlan);
        JsonNode von = year.get("plans").get(1);
        assertThat(von.get("decisionReference").asString()).isEqualTo("VON § 145");
        assertThat(von.get("decidedOn").asString()).isEqualTo("2026-12-10");
        assertThat(von.get("itemCount").asLong()).isEqualTo(3);
        assertThat(count(von, "CONTRACT_FOLLOW_UP")).isEqualTo(2);
        assertThat(count(von, "SUPERVISION")).isEqualTo(1);
        assertThat(count(von, "USER_SURVEY")).isZero();

        assertThat(planIds(as(Role.ORDERER_OFFICIAL, "board-von", 2027))).as("a board's officials see their own")
                .containsExactly(vonPlan);
        assertThat(planIds(as(Role.CONTRACT_MANAGER, "board-kun", 2027))).containsExactly(kunPlan);
        assertThat(planIds(as(Role.PRODUCTION_BOARD, "production", 2027))).hasSize(2);
        assertThat(planIds(as(Role.FINANCE, "finance", 2026))).hasSize(1);
    }

    @Test
    void aYearIsRequiredAndAMissingOneIsRefusedWithAProblemDetail() {
        var response = ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk").get("/api/v1/reports/follow-up-plans");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("year");
    }

    private static FollowUpPlanDecidedV1 plan(String planId, String board, int year, String reference, long version,
                                              String... forms) {
        List<FollowUpPlanDecidedV1.ItemV1> items = new ArrayList<>();
        for (String form : forms) {
            items.add(new FollowUpPlanDecidedV1.ItemV1(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "Kontinuitet", form, "avtal", "YEARLY", List.of("BOARD")));
        }
        return new FollowUpPlanDecidedV1(planId, "b-" + board, board, year, (year - 1) + "-12-10", reference, items,
                version);
    }

    private void publish(FollowUpPlanDecidedV1 plan) {
        OrdererEvents.publish(rabbit, topology, EventTypes.FOLLOW_UP_PLAN_DECIDED_V1, plan.boardOrganisationId(), plan);
    }

    private JsonNode as(Role role, String organisation, int year) {
        var response = ApiClient.onPort(port).as(role, organisation).get("/api/v1/reports/follow-up-plans?year=" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> planIds(JsonNode year) {
        List<String> ids = new ArrayList<>();
        year.get("plans").forEach(plan -> ids.add(plan.get("planId").asString()));
        return ids;
    }

    private static long count(JsonNode plan, String form) {
        for (JsonNode count : plan.get("itemsPerForm")) {
            if (count.get("form").asString().equals(form)) {
                return count.get("count").asLong();
            }
        }
        throw new AssertionError("no count for " + form);
    }
}
