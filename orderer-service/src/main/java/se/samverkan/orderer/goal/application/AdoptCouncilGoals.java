package se.samverkan.orderer.goal.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.goal.domain.CouncilGoals;
import se.samverkan.orderer.goal.domain.Drafts.CouncilGoalDraft;

/** Use case: the council's goals for a mandate period are adopted, announced with {@code council-goals.adopted.v1}. */
@Service
public class AdoptCouncilGoals {

    private final CouncilGoalsRepository councilGoals;
    private final Clock clock;

    AdoptCouncilGoals(CouncilGoalsRepository councilGoals, Clock clock) {
        this.councilGoals = councilGoals;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        CouncilGoals.Adoption adoption = CouncilGoals.adopt(command.mandatePeriod(), command.vision(),
                command.councilProgramme(), command.goals(), clock.instant());
        if (adoption instanceof CouncilGoals.Adoption.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        CouncilGoals adopted = ((CouncilGoals.Adoption.Adopted) adoption).councilGoals();
        if (!councilGoals.insert(adopted, List.of(GoalEvents.councilGoalsAdopted(adopted, command.caller(),
                adopted.adoptedAt())))) {
            return new Outcome.AlreadyAdopted(adopted.mandatePeriod().toString());
        }
        return new Outcome.Adopted(adopted);
    }

    public record Command(String mandatePeriod, String vision, String councilProgramme, List<CouncilGoalDraft> goals,
                          Caller caller) {
    }

    public sealed interface Outcome {
        record Adopted(CouncilGoals councilGoals) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        /** The period has council goals already; they are revised, not adopted again. */
        record AlreadyAdopted(String mandatePeriod) implements Outcome {
        }
    }
}
