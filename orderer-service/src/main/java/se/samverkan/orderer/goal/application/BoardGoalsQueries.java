package se.samverkan.orderer.goal.application;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.goal.domain.BoardGoals;
import se.samverkan.orderer.goal.domain.CouncilGoalId;
import se.samverkan.orderer.goal.domain.MandatePeriod;

/** Reading boards' goals, as far as the caller may see them ({@link BoardGoalsAccess}). */
@Service
public class BoardGoalsQueries {

    private final BoardService boards;
    private final BoardGoalsRepository boardGoals;

    BoardGoalsQueries(BoardService boards, BoardGoalsRepository boardGoals) {
        this.boards = boards;
        this.boardGoals = boardGoals;
    }

    /** The board's goals for the period, if they exist and the caller may see them. */
    public Optional<BoardGoals> find(String boardId, String mandatePeriod, Caller caller) {
        Optional<MandatePeriod> period = MandatePeriod.parse(mandatePeriod);
        return BoardId.parse(boardId).flatMap(board -> period.flatMap(found -> boardGoals.find(board, found)))
                .filter(goals -> BoardGoalsAccess.maySee(caller, goals.board().organisationId()));
    }

    /** Every period's goals of one board; empty when there is no such board or the caller may not see it. */
    public Optional<Page<BoardGoals>> listOfBoard(String boardId, Caller caller, Pageable pageable) {
        Optional<Board> board = boards.find(boardId)
                .filter(found -> BoardGoalsAccess.maySee(caller, found.organisationId()));
        return board.map(found -> boardGoals.list(found.id(), null, null, null, pageable));
    }

    /**
     * The goals of every board the caller may see: all boards for the council level, finance and
     * administrators; their own board's for its officials.
     *
     * @param mandatePeriod only this period, if given
     * @param councilGoal   only board goals serving this council goal, if given
     */
    public Page<BoardGoals> list(MandatePeriod mandatePeriod, CouncilGoalId councilGoal, Caller caller,
                                 Pageable pageable) {
        String onlyOrganisation = BoardGoalsAccess.seesAll(caller) ? null
                : caller.organisation() == null ? "" : caller.organisation();
        return boardGoals.list(null, mandatePeriod, councilGoal, onlyOrganisation, pageable);
    }
}
