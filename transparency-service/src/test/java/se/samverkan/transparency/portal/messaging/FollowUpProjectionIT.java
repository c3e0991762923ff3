package se.samverkan.transparency.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.boardGoals;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.closed;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.decided;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.item;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.plan;
import static se.samverkan.transparency.portal.messaging.FollowUpEvents.registered;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.contracts.EventType;
import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.transparency.portal.application.FollowUpStore;
import se.samverkan.transparency.portal.domain.BoardGoals;
import se.samverkan.transparency.portal.domain.FindingMilestone;
import se.samverkan.transparency.portal.domain.FindingStatus;
import se.samverkan.transparency.portal.domain.FollowUpPlan;
import se.samverkan.transparency.portal.domain.PublicFinding;

/** The portal's goals, follow-up plans and findings over the real broker: late and repeated events change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpProjectionIT {

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
    FollowUpStore store;

    private FollowUpEvents events;

    @BeforeEach
    void publisher() {
        events = new FollowUpEvents(rabbit, topology);
    }

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theGoldenEventsFeedTheBoardsGoalsItsPlanAndTheFindingWithItsAgreement() throws Exception {
        for (EventType<?> type : List.of(EventTypes.COUNCIL_GOALS_ADOPTED_V1, EventTypes.BOARD_GOALS_ADOPTED_V1,
                EventTypes.FOLLOW_UP_PLAN_DECIDED_V1, EventTypes.AGREEMENT_SIGNED_V1, EventTypes.FINDING_REGISTERED_V1,
                EventTypes.ACTION_PLAN_DECIDED_V1, EventTypes.FINDING_CLOSED_V1)) {
            events.publish(type.name(), golden(type));
        }
        String provider = "6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23";

        PublicFinding finding = await().atMost(Duration.ofSeconds(10))
                .until(() -> store.findingsOf(provider, PageRequest.of(0, 20)).getContent(),
                        found -> found.size() == 1 && found.get(0).status() == FindingStatus.CLOSED).get(0);
        assertThat(finding.evidence()).startsWith("Brukarundersökningen 2026");
        assertThat(finding.closedOn()).contains("2027-06-01");
        await().atMost(Duration.ofSeconds(10)).until(() -> store.boardGoals("1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d").size() == 1
                && store.plans(null).size() == 1 && !store.councilGoals(List.of("2023-2026")).isEmpty()
                && !store.agreements(List.of(finding.agreementId())).isEmpty());
        BoardGoals goals = store.boardGoals("1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d").get(0);
        assertThat(goals.boardShortName()).isEqualTo("VON");
        assertThat(goals.goals().get(0).indicators().get(1).targets().get(0).value()).isEqualByComparingTo("12.5");
        assertThat(store.plans(null).get(0).items().get(0).what()).isEqualTo("Kontinuitet och kontaktpersoner i hemtjänsten");
        assertThat(store.agreements(List.of(finding.agreementId())).get(finding.agreementId()).requirements())
                .containsEntry(finding.requirementId(), "Brukaren ska ha en fast kontaktperson.");
    }

    @Test
    void aClosureThatArrivesBeforeTheRegistrationAndARepeatedRegistrationLeaveTheFindingClosedOnce() {
        String finding = UUID.randomUUID().toString();
        String provider = UUID.randomUUID().toString();
        var registration = registered(finding, "a", provider, "r", "Tre av tio brukare saknar genomförandeplan.",
                "2027-02-10");

        events.publish(closed(finding, "a", provider, "2027-06-01", 6));
        events.publish(registration);
        events.publish(registration);
        events.publish(decided(finding, "a", provider, "ACCEPTED", "2027-03-30", 4));
        events.publish(decided(finding, "a", provider, "REJECTED", "2027-03-05", 2));

        await().atMost(Duration.ofSeconds(10)).until(() -> milestones(finding).size() == 4);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            PublicFinding stored = store.findingsOf(provider, PageRequest.of(0, 20)).getContent().get(0);
            assertThat(stored.status().label()).isEqualTo("avslutad");
            assertThat(stored.evidence()).isEqualTo("Tre av tio brukare saknar genomförandeplan.");
            assertThat(stored.planAcceptedOn()).contains("2027-03-30");
            assertThat(stored.milestones()).extracting(FindingMilestone::kind).containsExactlyInAnyOrder(
                    FindingMilestone.Kind.CLOSED, FindingMilestone.Kind.REGISTERED, FindingMilestone.Kind.PLAN_ACCEPTED,
                    FindingMilestone.Kind.PLAN_REJECTED);
        });
    }

    @Test
    void aFindingWhoseRegistrationHasNotArrivedIsNotListed() {
        String provider = UUID.randomUUID().toString();
        String finding = UUID.randomUUID().toString();

        events.publish(decided(finding, "a", provider, "ACCEPTED", "2027-03-30", 4));

        await().atMost(Duration.ofSeconds(10)).until(() -> milestones(finding).size() == 1);
        assertThat(store.findingsOf(provider, PageRequest.of(0, 20)).getTotalElements()).isZero();
    }

    @Test
    void anOlderVersionOfTheGoalsOrOfThePlanChangesNothing() {
        String board = UUID.randomUUID().toString();
        String planId = UUID.randomUUID().toString();
        var newest = boardGoals(board, "KUN", "2023-2026", "c", "Fler elever når målen", 3);

        events.publish(newest);
        events.publish(boardGoals(board, "KUN", "2023-2026", "c", "Gammal lydelse", 1));
        events.publish(newest);
        events.publish(plan(planId, board, 2027, 5, List.of(item("p1", "Nytt"), item("p2", "Särskild granskning"))));
        events.publish(plan(planId, board, 2027, 4, List.of(item("p1", "Gammalt"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> store.plans(board).size() == 1
                && store.boardGoals(board).size() == 1);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(store.boardGoals(board).get(0).goals().get(0).title()).isEqualTo("Fler elever når målen");
            assertThat(store.boardGoals(board).get(0).version()).isEqualTo(3);
            assertThat(store.plans(board).get(0).items()).extracting(FollowUpPlan.Item::what)
                    .containsExactly("Nytt", "Särskild granskning");
        });
        Document stored = mongo.getCollection("public_board_goals").find(new Document("_id", board + ":2023-2026")).first();
        assertThat(stored.getList("processedEventIds", String.class)).as("the newest version was applied once")
                .containsExactly(newest.eventId().toString());
    }

    private List<Document> milestones(String findingId) {
        Document stored = mongo.getCollection("public_findings").find(new Document("_id", findingId)).first();
        return stored == null ? List.of() : stored.getList("milestones", Document.class, List.of());
    }

    private byte[] golden(EventType<?> type) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(type.exampleResource())) {
            return in.readAllBytes();
        }
    }
}
