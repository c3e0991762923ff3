package se.samverkan.orderer.goal.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.goal.domain.BoardGoals;
import se.samverkan.orderer.goal.domain.CouncilGoal;
import se.samverkan.orderer.goal.domain.CouncilGoalId;
import se.samverkan.orderer.goal.domain.CouncilGoals;
import se.samverkan.orderer.goal.domain.Drafts.CouncilGoalDraft;
import se.samverkan.orderer.goal.domain.MandatePeriod;

/**
 * Use case: the council adopts a revision of its goals for a period, announced again with
 * {@code council-goals.adopted.v1}. A council goal that board goals serve cannot be removed.
 */
@Service
public class ReviseCouncilGoals {

    private final CouncilGoalsRepository councilGoals;
    private final BoardGoalsRepository boardGoals;
    private final Clock clock;

    ReviseCouncilGoals(CouncilGoalsRepository councilGoals, BoardGoalsRepository boardGoals, Clock clock) {
        this.councilGoals = councilGoals;
        this.boardGoals = boardGoals;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        CouncilGoals current = MandatePeriod.parse(command.mandatePeriod()).flatMap(councilGoals::find).orElse(null);
        if (current == null) {
            return new Outcome.NoSuchCouncilGoals(command.mandatePeriod());
        }
        CouncilGoals.Revision revision = current.revise(command.vision(), command.councilProgramme(), command.goals(),
                clock.instant());
        List<Violation> violations = new ArrayList<>();
        if (command.version() == null) {
            violations.add(new Violation("version", "required", "Ange versionen du utgår från (fältet 'version' i"
                    + " det du läste), så att ingen annans ändring skrivs över."));
        }
        if (revision instanceof CouncilGoals.Revision.Rejected rejected) {
            violations.addAll(rejected.violations());
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        if (command.version() != current.version()) {
            return new Outcome.ChangedMeanwhile(command.version());
        }
        CouncilGoals.Revision.Revised revised = (CouncilGoals.Revision.Revised) revision;
        List<CouncilGoalId> removed = revised.removed().stream().map(CouncilGoal::id).toList();
        if (!removed.isEmpty()) {
            List<String> served = new ArrayList<>();
            for (BoardGoals serving : boardGoals.serving(current.mandatePeriod(), removed)) {
                revised.removed().stream().filter(goal -> serving.councilGoalsServed().contains(goal.id()))
                        .forEach(goal -> served.add("'" + goal.title() + "' (" + serving.board().shortName() + ")"));
            }
            if (!served.isEmpty()) {
                return new Outcome.GoalsServed(served);
            }
        }
        CouncilGoals changed = revised.councilGoals();
        if (!councilGoals.update(changed, current.version(), List.of(GoalEvents.councilGoalsAdopted(changed,
                command.caller(), clock.instant())))) {
            return new Outcome.ChangedMeanwhile(command.version());
        }
        return new Outcome.Revised(changed);
    }

    /** @param version the version the revision starts from, as the caller read it */
    public record Command(String mandatePeriod, Long version, String vision, String councilProgramme,
                          List<CouncilGoalDraft> goals, Caller caller) {
    }

    public sealed interface Outcome {
        record Revised(CouncilGoals councilGoals) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NoSuchCouncilGoals(String mandatePeriod) implements Outcome {
        }

        /** Someone adopted another revision since the caller read the goals. */
        record ChangedMeanwhile(long readVersion) implements Outcome {
        }

        /** The revision removes council goals that board goals serve, named with the boards. */
        record GoalsServed(List<String> goalsAndBoards) implements Outcome {
        }
    }
}
