package se.samverkan.transparency.portal.messaging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventType;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.contracts.orderer.ActionPlanDecidedV1;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.FindingClosedV1;
import se.samverkan.contracts.orderer.FindingRegisteredV1;
import se.samverkan.contracts.orderer.FollowUpPlanDecidedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;

/** orderer-service's goal, plan, agreement and finding events as the portal's tests publish them on the real broker. */
public final class FollowUpEvents {

    private final RabbitTemplate rabbit;
    private final Topology topology;

    public FollowUpEvents(RabbitTemplate rabbit, Topology topology) {
        this.rabbit = rabbit;
        this.topology = topology;
    }

    public void publish(EventEnvelope<?> event) {
        publish(event.type(), EventJson.write(event).getBytes(StandardCharsets.UTF_8));
    }

    public void publish(String type, byte[] body) {
        Message message = MessageBuilder.withBody(body).setContentType("application/json").build();
        rabbit.send(topology.exchangeOf(EventTypes.ORDERER_SERVICE), type, message);
    }

    public static <T> EventEnvelope<T> event(EventType<T> type, T payload) {
        return EventEnvelope.of(type, Instant.now(), "board-von", null, payload);
    }

    public static EventEnvelope<CouncilGoalsAdoptedV1> councilGoals(String period, String councilGoalId, long version) {
        return event(EventTypes.COUNCIL_GOALS_ADOPTED_V1, new CouncilGoalsAdoptedV1(period, "Vallby – en trygg kommun",
                "Mål och budget", List.of(new CouncilGoalsAdoptedV1.CouncilGoal(councilGoalId, 1,
                "Äldre ska kunna leva ett tryggt och självständigt liv", null, "SOCIAL")), version));
    }

    public static EventEnvelope<BoardGoalsAdoptedV1> boardGoals(String boardId, String shortName, String period,
                                                                String councilGoalId, String title, long version) {
        BoardGoalsAdoptedV1.Indicator indicator = new BoardGoalsAdoptedV1.Indicator("i-" + boardId,
                "Andel brukare nöjda med hemtjänsten", "procent", "INCREASE", true, List.of("GENDER"),
                List.of(new BoardGoalsAdoptedV1.Target(2025, new BigDecimal("90")),
                        new BoardGoalsAdoptedV1.Target(2026, new BigDecimal("92.5"))));
        return event(EventTypes.BOARD_GOALS_ADOPTED_V1, new BoardGoalsAdoptedV1(boardId, shortName,
                "board-" + shortName.toLowerCase(), period, List.of(new BoardGoalsAdoptedV1.BoardGoal("g-" + boardId,
                title, "Hemtjänsten ges av få och kända personer.", councilGoalId, List.of(indicator))), version));
    }

    public static EventEnvelope<FollowUpPlanDecidedV1> plan(String planId, String boardId, int year, long version,
                                                            List<FollowUpPlanDecidedV1.ItemV1> items) {
        return event(EventTypes.FOLLOW_UP_PLAN_DECIDED_V1, new FollowUpPlanDecidedV1(planId, boardId, "board-von",
                year, (year - 1) + "-12-10", "VON § 145", items, version));
    }

    public static FollowUpPlanDecidedV1.ItemV1 item(String providerId, String what) {
        return new FollowUpPlanDecidedV1.ItemV1("item-" + what.hashCode(), providerId, what, "CONTRACT_FOLLOW_UP",
                "von.avtal", "TWICE_A_YEAR", List.of("BOARD", "PROVIDER", "PUBLIC"));
    }

    public static EventEnvelope<AgreementSignedV1> agreement(String agreementId, String providerId, String title,
                                                             String requirementId) {
        return event(EventTypes.AGREEMENT_SIGNED_V1, new AgreementSignedV1(agreementId, "board", "board-von",
                providerId, null, "LOV", "HOME_CARE", title, "2026-01-01", null, "14500000", true, true,
                "Anna Avtalsansvarig", List.of(new AgreementSignedV1.RequirementV1(requirementId, "BASIC_QUALITY",
                "Brukaren ska ha en fast kontaktperson.", "USER_SURVEY")), "2025-12-01", 1));
    }

    public static EventEnvelope<FindingRegisteredV1> registered(String findingId, String agreementId, String providerId,
                                                                String requirementId, String evidence, String registeredOn) {
        return event(EventTypes.FINDING_REGISTERED_V1, new FindingRegisteredV1(findingId, agreementId, "board",
                "board-von", providerId, null, true, requirementId, "BASIC_QUALITY", evidence, "USER_SURVEY",
                "2027-01-31", "HIGH", "Påverkar nämndens mål.", registeredOn, "2027-03-10", 0));
    }

    public static EventEnvelope<ActionPlanDecidedV1> decided(String findingId, String agreementId, String providerId,
                                                             String decision, String decidedOn, long version) {
        boolean rejected = "REJECTED".equals(decision);
        return event(EventTypes.ACTION_PLAN_DECIDED_V1, new ActionPlanDecidedV1(findingId, agreementId, "board",
                providerId, 1, decision, rejected ? "Planen saknar en åtgärd." : null,
                rejected ? "2027-03-26" : null, decidedOn, version));
    }

    public static EventEnvelope<FindingClosedV1> closed(String findingId, String agreementId, String providerId,
                                                        String closedOn, long version) {
        return event(EventTypes.FINDING_CLOSED_V1, new FindingClosedV1(findingId, agreementId, "board", providerId, 1,
                "Verifierat vid besök.", closedOn, version));
    }
}
