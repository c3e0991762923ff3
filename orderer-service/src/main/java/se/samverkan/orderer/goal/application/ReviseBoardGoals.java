package se.samverkan.orderer.goal.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.goal.domain.BoardGoals;
import se.samverkan.orderer.goal.domain.Drafts.BoardGoalDraft;
import se.samverkan.orderer.goal.domain.MandatePeriod;

/**
 * Use case: a board adopts a revision of its goals for a period, checked against the council's
 * goals as they are now, announced again with {@code board-goals.adopted.v1}.
 */
@Service
public class ReviseBoardGoals {

    private final CouncilGoalsRepository councilGoals;
    private final BoardGoalsRepository boardGoals;
    private final Clock clock;

    ReviseBoardGoals(CouncilGoalsRepository councilGoals, BoardGoalsRepository boardGoals, Clock clock) {
        this.councilGoals = councilGoals;
        this.boardGoals = boardGoals;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        Optional<MandatePeriod> period = MandatePeriod.parse(command.mandatePeriod());
        BoardGoals current = BoardId.parse(command.boardId())
                .flatMap(board -> period.flatMap(found -> boardGoals.find(board, found)))
                .filter(goals -> BoardGoalsAccess.maySee(command.caller(), goals.board().organisationId()))
                .orElse(null);
        if (current == null) {
            return new Outcome.NoSuchBoardGoals(command.boardId(), command.mandatePeriod());
        }
        if (!BoardGoalsAccess.mayChange(command.caller(), current.board().organisationId())) {
            return new Outcome.NotPermitted();
        }
        BoardGoals.Revision revision = current.revise(councilGoals.find(current.mandatePeriod()), command.goals(),
                clock.instant());
        List<Violation> violations = new ArrayList<>();
        if (command.version() == null) {
            violations.add(new Violation("version", "required", "Ange versionen du utgår från (fältet 'version' i"
                    + " det du läste), så att ingen annans ändring skrivs över."));
        }
        if (revision instanceof BoardGoals.Revision.Rejected rejected) {
            violations.addAll(rejected.violations());
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        if (command.version() != current.version()) {
            return new Outcome.ChangedMeanwhile(command.version());
        }
        BoardGoals changed = ((BoardGoals.Revision.Revised) revision).boardGoals();
        if (!boardGoals.update(changed, current.version(), List.of(GoalEvents.boardGoalsAdopted(changed,
                command.caller(), clock.instant())))) {
            return new Outcome.ChangedMeanwhile(command.version());
        }
        return new Outcome.Revised(changed);
    }

    /** @param version the version the revision starts from, as the caller read it */
    public record Command(String boardId, String mandatePeriod, Long version, List<BoardGoalDraft> goals,
                          Caller caller) {
    }

    public sealed interface Outcome {
        record Revised(BoardGoals boardGoals) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        /** No goals of that board for that period, or the caller may not see them. */
        record NoSuchBoardGoals(String boardId, String mandatePeriod) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }

        /** Someone adopted another revision since the caller read the goals. */
        record ChangedMeanwhile(long readVersion) implements Outcome {
        }
    }
}
