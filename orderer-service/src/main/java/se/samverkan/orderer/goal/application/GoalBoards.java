package se.samverkan.orderer.goal.application;

import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.goal.domain.BoardRef;

/** A board as its goals keep it. */
final class GoalBoards {

    private GoalBoards() {
    }

    static BoardRef ref(Board board) {
        return new BoardRef(board.id(), board.shortName(), board.organisationId());
    }
}
