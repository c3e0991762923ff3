package se.samverkan.orderer.finding.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One action plan a provider submitted for a finding, with the provider's report back on the
 * cause (analysis), its actions, and the board's decision once made. A finding keeps every plan.
 *
 * @param number   1 for the first plan, 2 for the plan after a rejection, and so on
 * @param decision null until the board decided
 */
public record ActionPlan(int number, String analysis, List<Action> actions, String submittedBy, LocalDate submittedOn,
                         Decision decision) {

    public ActionPlan {
        Objects.requireNonNull(analysis);
        actions = List.copyOf(actions);
        Objects.requireNonNull(submittedBy);
        Objects.requireNonNull(submittedOn);
    }

    /** The board's decision on a plan; a rejection carries the reasons and the due date of the next plan. */
    public record Decision(PlanDecision outcome, String reason, String decidedBy, LocalDate decidedOn,
                           LocalDate newPlanDueOn) {

        public Decision {
            Objects.requireNonNull(outcome);
            Objects.requireNonNull(decidedBy);
            Objects.requireNonNull(decidedOn);
        }
    }

    public Optional<Decision> decided() {
        return Optional.ofNullable(decision);
    }

    public boolean accepted() {
        return decision != null && decision.outcome() == PlanDecision.ACCEPTED;
    }

    public Optional<Action> action(UUID id) {
        return actions.stream().filter(action -> action.id().equals(id)).findFirst();
    }

    ActionPlan withDecision(Decision made) {
        return new ActionPlan(number, analysis, actions, submittedBy, submittedOn, made);
    }

    ActionPlan withAction(Action changed) {
        return new ActionPlan(number, analysis, actions.stream()
                .map(action -> action.id().equals(changed.id()) ? changed : action).toList(),
                submittedBy, submittedOn, decision);
    }
}
