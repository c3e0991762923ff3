package se.samverkan.transparency.portal.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.contracts.orderer.ActionPlanDecidedV1;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.FindingClosedV1;
import se.samverkan.contracts.orderer.FindingRegisteredV1;
import se.samverkan.contracts.orderer.FollowUpPlanDecidedV1;
import se.samverkan.transparency.portal.domain.BoardGoals;
import se.samverkan.transparency.portal.domain.CouncilGoals;
import se.samverkan.transparency.portal.domain.FindingAgreement;
import se.samverkan.transparency.portal.domain.FindingMilestone;
import se.samverkan.transparency.portal.domain.FollowUpPlan;
import se.samverkan.transparency.portal.domain.PublicFinding;

/**
 * Keeps the portal's goals, follow-up plans and findings in step with orderer-service's events.
 * Only what is public by nature is kept: no contract manager, no responsible official, no action
 * plan's actions or their responsible persons.
 */
@Service
public class FollowUpProjection {

    private static final Logger log = LoggerFactory.getLogger(FollowUpProjection.class);

    private final FollowUpStore store;

    FollowUpProjection(FollowUpStore store) {
        this.store = store;
    }

    public void onBoardGoals(EventEnvelope<BoardGoalsAdoptedV1> event) {
        BoardGoalsAdoptedV1 payload = event.payload();
        require(event, payload.boardId(), payload.mandatePeriod());
        List<BoardGoals.Goal> goals = payload.goals() == null ? List.of() : payload.goals().stream()
                .map(goal -> new BoardGoals.Goal(goal.boardGoalId(), goal.title(), goal.description(),
                        goal.councilGoalId(), goal.indicators() == null ? List.of() : goal.indicators().stream()
                        .map(indicator -> new BoardGoals.Indicator(indicator.indicatorId(), indicator.name(),
                                indicator.unit(), indicator.direction(), indicator.targets() == null ? List.of()
                                : indicator.targets().stream()
                                .map(target -> new BoardGoals.Target(target.year(), target.value())).toList()))
                        .toList()))
                .toList();
        ignoredIfOlder(event, store.saveIfNewer(new BoardGoals(payload.boardId(), payload.boardShortName(),
                payload.boardOrganisationId(), payload.mandatePeriod(), goals, payload.version()),
                event.eventId().toString()));
    }

    public void onCouncilGoals(EventEnvelope<CouncilGoalsAdoptedV1> event) {
        CouncilGoalsAdoptedV1 payload = event.payload();
        require(event, payload.mandatePeriod());
        List<CouncilGoals.CouncilGoal> goals = payload.goals() == null ? List.of() : payload.goals().stream()
                .map(goal -> new CouncilGoals.CouncilGoal(goal.councilGoalId(), goal.number(), goal.title(),
                        goal.goalArea()))
                .toList();
        ignoredIfOlder(event, store.saveIfNewer(new CouncilGoals(payload.mandatePeriod(), payload.vision(), goals,
                payload.version()), event.eventId().toString()));
    }

    public void onFollowUpPlan(EventEnvelope<FollowUpPlanDecidedV1> event) {
        FollowUpPlanDecidedV1 payload = event.payload();
        require(event, payload.planId(), payload.boardId());
        List<FollowUpPlan.Item> items = payload.items() == null ? List.of() : payload.items().stream()
                .map(item -> new FollowUpPlan.Item(item.itemId(), item.providerId(), item.what(), item.form(),
                        item.interval(), item.feedbackTo()))
                .toList();
        ignoredIfOlder(event, store.saveIfNewer(new FollowUpPlan(payload.planId(), payload.boardId(),
                payload.boardOrganisationId(), payload.year(), payload.decidedOn(), payload.decisionReference(), items,
                payload.version()), event.eventId().toString()));
    }

    public void onAgreementSigned(EventEnvelope<AgreementSignedV1> event) {
        AgreementSignedV1 payload = event.payload();
        require(event, payload.agreementId());
        Map<String, String> requirements = new LinkedHashMap<>();
        if (payload.requirements() != null) {
            payload.requirements().stream().filter(requirement -> requirement.requirementId() != null
                            && requirement.text() != null)
                    .forEach(requirement -> requirements.put(requirement.requirementId(), requirement.text()));
        }
        ignoredIfOlder(event, store.saveIfNewer(new FindingAgreement(payload.agreementId(), payload.providerId(),
                payload.title(), payload.serviceArea(), requirements, payload.version()), event.eventId().toString()));
    }

    public void onFindingRegistered(EventEnvelope<FindingRegisteredV1> event) {
        FindingRegisteredV1 payload = event.payload();
        require(event, payload.findingId(), payload.providerId());
        store.registered(new PublicFinding(payload.findingId(), payload.agreementId(), payload.boardId(),
                        payload.providerId(), true, payload.requirementId(), payload.requirementCategory(),
                        payload.evidence(), payload.evidenceSource(), payload.severity(), payload.observedOn(),
                        payload.registeredOn(), List.of()),
                new FindingMilestone(FindingMilestone.Kind.REGISTERED, payload.version(), payload.registeredOn(),
                        payload.planDueOn()));
    }

    public void onActionPlanDecided(EventEnvelope<ActionPlanDecidedV1> event) {
        ActionPlanDecidedV1 payload = event.payload();
        require(event, payload.findingId(), payload.providerId(), payload.decision());
        FindingMilestone milestone = "ACCEPTED".equals(payload.decision())
                ? new FindingMilestone(FindingMilestone.Kind.PLAN_ACCEPTED, payload.version(), payload.decidedOn(), null)
                : new FindingMilestone(FindingMilestone.Kind.PLAN_REJECTED, payload.version(), payload.decidedOn(),
                payload.planDueOn());
        store.step(payload.findingId(), payload.agreementId(), payload.boardId(), payload.providerId(), milestone);
    }

    public void onFindingClosed(EventEnvelope<FindingClosedV1> event) {
        FindingClosedV1 payload = event.payload();
        require(event, payload.findingId(), payload.providerId());
        store.step(payload.findingId(), payload.agreementId(), payload.boardId(), payload.providerId(),
                new FindingMilestone(FindingMilestone.Kind.CLOSED, payload.version(), payload.closedOn(), null));
    }

    private static void require(EventEnvelope<?> event, String... values) {
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(event.type() + " " + event.eventId() + " lacks a required id");
            }
        }
    }

    private static void ignoredIfOlder(EventEnvelope<?> event, boolean stored) {
        if (!stored) {
            log.info("Ignored event {} of type {}: a version at least as new is stored already", event.eventId(),
                    event.type());
        }
    }
}
