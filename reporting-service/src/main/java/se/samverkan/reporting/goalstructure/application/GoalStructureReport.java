package se.samverkan.reporting.goalstructure.application;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.reporting.goalstructure.domain.BoardGoals;
import se.samverkan.reporting.goalstructure.domain.CouncilGoals;
import se.samverkan.reporting.goalstructure.domain.GoalStructure;

/**
 * The goal hierarchy per mandate period, kept from orderer-service's goal events (each a whole
 * document; the newest version wins). Goals are public steering documents: everyone the reports
 * are open to sees the whole structure.
 */
@Service
public class GoalStructureReport {

    private static final Logger log = LoggerFactory.getLogger(GoalStructureReport.class);

    private final GoalStructureStore store;

    GoalStructureReport(GoalStructureStore store) {
        this.store = store;
    }

    public void onCouncilGoals(EventEnvelope<CouncilGoalsAdoptedV1> event) {
        CouncilGoalsAdoptedV1 payload = event.payload();
        if (payload.mandatePeriod() == null) {
            throw new IllegalArgumentException("council-goals.adopted.v1 " + event.eventId() + " lacks mandatePeriod");
        }
        CouncilGoals goals = new CouncilGoals(payload.mandatePeriod(), payload.vision(), payload.councilProgramme(),
                payload.goals() == null ? List.of() : payload.goals().stream()
                        .map(goal -> new CouncilGoals.CouncilGoal(goal.councilGoalId(), goal.number(), goal.title(),
                                goal.description(), goal.goalArea())).toList());
        if (!store.saveIfNewer(goals, payload.version(), event.eventId().toString())) {
            log.info("Ignored event {}: council goals of {} already at version {} or newer", event.eventId(),
                    payload.mandatePeriod(), payload.version());
        }
    }

    public void onBoardGoals(EventEnvelope<BoardGoalsAdoptedV1> event) {
        BoardGoalsAdoptedV1 payload = event.payload();
        if (payload.boardId() == null || payload.mandatePeriod() == null) {
            throw new IllegalArgumentException("board-goals.adopted.v1 " + event.eventId()
                    + " lacks boardId or mandatePeriod");
        }
        BoardGoals goals = new BoardGoals(payload.boardId(), payload.boardShortName(), payload.boardOrganisationId(),
                payload.mandatePeriod(), payload.goals() == null ? List.of() : payload.goals().stream()
                .map(GoalStructureReport::boardGoal).toList());
        if (!store.saveIfNewer(goals, payload.version(), event.eventId().toString())) {
            log.info("Ignored event {}: goals of board {} for {} already at version {} or newer", event.eventId(),
                    payload.boardId(), payload.mandatePeriod(), payload.version());
        }
    }

    /** The period's council goals, if adopted. */
    public Optional<CouncilGoals> councilGoalsOf(String mandatePeriod) {
        return store.councilGoalsOf(mandatePeriod);
    }

    /** Every board's goals of the period. */
    public List<BoardGoals> boardGoalsOf(String mandatePeriod) {
        return store.boardGoalsOf(mandatePeriod);
    }

    /** The period's structure, or empty while the council has not adopted goals for it. */
    public Optional<GoalStructure> of(String mandatePeriod) {
        return store.councilGoalsOf(mandatePeriod)
                .map(council -> GoalStructure.of(council, store.boardGoalsOf(mandatePeriod)));
    }

    private static BoardGoals.BoardGoal boardGoal(BoardGoalsAdoptedV1.BoardGoal goal) {
        return new BoardGoals.BoardGoal(goal.boardGoalId(), goal.title(), goal.description(), goal.councilGoalId(),
                goal.indicators() == null ? List.of() : goal.indicators().stream()
                        .map(i -> new BoardGoals.Indicator(i.indicatorId(), i.name(), i.unit(), i.direction(),
                                i.concernsPeople(), i.breakdowns(), i.targets() == null ? List.of()
                                : i.targets().stream().map(t -> new BoardGoals.Target(t.year(), t.value())).toList(),
                                i.measureCode(), i.aggregation()))
                        .toList());
    }
}
