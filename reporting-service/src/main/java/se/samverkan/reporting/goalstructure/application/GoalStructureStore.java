package se.samverkan.reporting.goalstructure.application;

import java.util.List;
import java.util.Optional;

import se.samverkan.reporting.goalstructure.domain.BoardGoals;
import se.samverkan.reporting.goalstructure.domain.CouncilGoals;

/** Port to the goal read model: the council's document per period and each board's per period; the newest version wins. */
public interface GoalStructureStore {

    boolean saveIfNewer(CouncilGoals goals, long version, String eventId);

    boolean saveIfNewer(BoardGoals goals, long version, String eventId);

    Optional<CouncilGoals> councilGoalsOf(String mandatePeriod);

    List<BoardGoals> boardGoalsOf(String mandatePeriod);
}
