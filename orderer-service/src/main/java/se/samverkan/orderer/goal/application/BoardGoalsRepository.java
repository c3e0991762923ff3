package se.samverkan.orderer.goal.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.goal.domain.BoardGoals;
import se.samverkan.orderer.goal.domain.CouncilGoalId;
import se.samverkan.orderer.goal.domain.MandatePeriod;

/** Port to the boards' goals, one document per board and mandate period; each write stores the events with it. */
public interface BoardGoalsRepository {

    /** Stores new board goals with their events; false when the board has goals for the period already. */
    boolean insert(BoardGoals boardGoals, List<EventEnvelope<?>> events);

    /** Stores revised board goals if nobody changed them since {@code readVersion}; false otherwise. */
    boolean update(BoardGoals boardGoals, long readVersion, List<EventEnvelope<?>> events);

    Optional<BoardGoals> find(BoardId board, MandatePeriod period);

    /**
     * Board goals, optionally only of one period, only those serving a council goal, and only
     * those of the board whose officials act for {@code organisationId}; null means no filter.
     */
    Page<BoardGoals> list(BoardId board, MandatePeriod period, CouncilGoalId councilGoal, String organisationId,
                          Pageable pageable);

    /** The board goals of the period that serve any of the council goals. */
    List<BoardGoals> serving(MandatePeriod period, Collection<CouncilGoalId> councilGoals);
}
