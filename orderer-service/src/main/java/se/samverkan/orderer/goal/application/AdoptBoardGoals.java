package se.samverkan.orderer.goal.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.goal.domain.BoardGoals;
import se.samverkan.orderer.goal.domain.BoardRef;
import se.samverkan.orderer.goal.domain.Drafts.BoardGoalDraft;

/**
 * Use case: a board adopts its goals for a mandate period, each serving a council goal of that
 * period, announced with {@code board-goals.adopted.v1}.
 */
@Service
public class AdoptBoardGoals {

    private final BoardService boards;
    private final CouncilGoalsRepository councilGoals;
    private final BoardGoalsRepository boardGoals;
    private final Clock clock;

    AdoptBoardGoals(BoardService boards, CouncilGoalsRepository councilGoals, BoardGoalsRepository boardGoals,
                    Clock clock) {
        this.boards = boards;
        this.councilGoals = councilGoals;
        this.boardGoals = boardGoals;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        Board board = boards.find(command.boardId())
                .filter(found -> BoardGoalsAccess.maySee(command.caller(), found.organisationId())).orElse(null);
        if (board == null) {
            return new Outcome.NoSuchBoard(command.boardId());
        }
        if (!BoardGoalsAccess.mayChange(command.caller(), board.organisationId())) {
            return new Outcome.NotPermitted();
        }
        BoardGoals.Adoption adoption = BoardGoals.adopt(GoalBoards.ref(board), command.mandatePeriod(),
                councilGoals::find, command.goals(), clock.instant());
        if (adoption instanceof BoardGoals.Adoption.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        BoardGoals adopted = ((BoardGoals.Adoption.Adopted) adoption).boardGoals();
        if (!boardGoals.insert(adopted, List.of(GoalEvents.boardGoalsAdopted(adopted, command.caller(),
                adopted.adoptedAt())))) {
            return new Outcome.AlreadyAdopted(board.shortName(), adopted.mandatePeriod().toString());
        }
        return new Outcome.Adopted(adopted);
    }

    public record Command(String boardId, String mandatePeriod, List<BoardGoalDraft> goals, Caller caller) {
    }

    public sealed interface Outcome {
        record Adopted(BoardGoals boardGoals) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        /** No such board, or one whose goals the caller may not see. */
        record NoSuchBoard(String boardId) implements Outcome {
        }

        /** The caller sees the board's goals but may not change them. */
        record NotPermitted() implements Outcome {
        }

        /** The board has goals for the period already; they are revised, not adopted again. */
        record AlreadyAdopted(String boardShortName, String mandatePeriod) implements Outcome {
        }
    }
}
