package se.samverkan.orderer.goal.application;

import java.time.Instant;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.orderer.goal.domain.BoardGoals;
import se.samverkan.orderer.goal.domain.CouncilGoals;

/** The integration events of goals: the whole document, as adopted, for reporting-service. */
final class GoalEvents {

    private GoalEvents() {
    }

    static EventEnvelope<CouncilGoalsAdoptedV1> councilGoalsAdopted(CouncilGoals goals, Caller caller, Instant now) {
        return EventEnvelope.of(EventTypes.COUNCIL_GOALS_ADOPTED_V1, now, caller.organisation(), CorrelationId.current(),
                new CouncilGoalsAdoptedV1(goals.mandatePeriod().toString(), goals.vision(), goals.councilProgramme(),
                        goals.goals().stream().map(goal -> new CouncilGoalsAdoptedV1.CouncilGoal(goal.id().toString(),
                                goal.number(), goal.title(), goal.description(), goal.area().name())).toList(),
                        goals.version()));
    }

    static EventEnvelope<BoardGoalsAdoptedV1> boardGoalsAdopted(BoardGoals goals, Caller caller, Instant now) {
        return EventEnvelope.of(EventTypes.BOARD_GOALS_ADOPTED_V1, now, caller.organisation(), CorrelationId.current(),
                new BoardGoalsAdoptedV1(goals.board().id().toString(), goals.board().shortName(),
                        goals.board().organisationId(), goals.mandatePeriod().toString(), goals.goals().stream()
                        .map(goal -> new BoardGoalsAdoptedV1.BoardGoal(goal.id().toString(), goal.title(),
                                goal.description(), goal.councilGoalId().toString(), goal.indicators().stream()
                                .map(indicator -> new BoardGoalsAdoptedV1.Indicator(indicator.id().toString(),
                                        indicator.name(), indicator.unit(), indicator.direction().name(),
                                        indicator.concernsPeople(),
                                        indicator.breakdowns().stream().map(Enum::name).toList(),
                                        indicator.targets().stream().map(target -> new BoardGoalsAdoptedV1.Target(
                                                target.year(), target.value())).toList(),
                                        indicator.measureCode(), indicator.aggregation() == null ? null
                                        : indicator.aggregation().name()))
                                .toList()))
                        .toList(), goals.version()));
    }
}
