package se.samverkan.reporting.strategiccontracts.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One finding (brist) on an agreement with everything the strategic-contract report says of it:
 * the requirement not met and what was observed, the board's statement of how it affects the
 * board's goal attainment, every action plan the provider submitted with the board's decision on
 * it, and its closing. Assembled from orderer-service's finding events in whatever order they
 * arrived; a plan whose decision came before its submission shows the decision and, once the
 * submission arrives, its content.
 *
 * @param registration null until {@code finding.registered.v1} has arrived
 * @param plans        every plan known, by plan number
 * @param closedOn     the day the board closed the finding; null while open
 */
public record ContractFinding(String findingId, String agreementId, Registration registration, List<ActionPlan> plans,
                              LocalDate closedOn, String closingNote) {

    /** The requirement categories that are the agreement's basic requirements (grundkrav, seed 002). */
    public static final Set<String> BASIC_REQUIREMENTS = Set.of("BASIC_QUALITY", "ACTIVITY_GOALS",
            "RESOURCE_EFFICIENCY");
    /** The severities that make a finding essential whatever requirement it concerns. */
    public static final Set<String> GRAVE_SEVERITIES = Set.of("HIGH", "SERIOUS");

    public ContractFinding {
        plans = plans == null ? List.of()
                : plans.stream().sorted(Comparator.comparingInt(ActionPlan::planNumber)).toList();
    }

    /** What the board registered: the requirement, the evidence, the severity and the goal impact. */
    public record Registration(String boardOrganisationId, String requirementId, String requirementCategory,
                               String evidence, String evidenceSource, LocalDate observedOn, String severity,
                               String goalImpact, LocalDate registeredOn, LocalDate planDueOn) {
    }

    /**
     * A provider's action plan and the board's decision on it.
     *
     * @param submittedOn null while only the decision has arrived
     * @param decision    {@code ACCEPTED}, {@code REJECTED}, or null while undecided
     */
    public record ActionPlan(int planNumber, String analysis, List<Action> actions, LocalDate submittedOn,
                             String decision, String decisionReason, LocalDate decidedOn) {

        public ActionPlan {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        public boolean accepted() {
            return "ACCEPTED".equals(decision);
        }
    }

    /** One action of a plan: what is done, who answers for it, by when, and the effect it should have. */
    public record Action(String description, String responsible, LocalDate dueOn, String expectedEffect) {
    }

    /** Where a finding stands. */
    public enum Status {
        AWAITING_ACTION_PLAN("Inväntar åtgärdsplan"),
        PLAN_SUBMITTED("Åtgärdsplan inlämnad, inte beslutad"),
        PLAN_REJECTED("Åtgärdsplan avvisad, ny plan krävs"),
        PLAN_ACCEPTED("Åtgärdsplan godkänd, åtgärder pågår"),
        CLOSED("Åtgärdad och avslutad");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isRegistered() {
        return registration != null;
    }

    /** The plan with the highest number, if any plan is known. */
    public Optional<ActionPlan> currentPlan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }

    public Status status() {
        if (closedOn != null) {
            return Status.CLOSED;
        }
        return currentPlan().map(plan -> {
            if (plan.accepted()) {
                return Status.PLAN_ACCEPTED;
            }
            if ("REJECTED".equals(plan.decision())) {
                return Status.PLAN_REJECTED;
            }
            return Status.PLAN_SUBMITTED;
        }).orElse(Status.AWAITING_ACTION_PLAN);
    }

    /** Registered on or before the day and not closed by it. */
    public boolean isOpenOn(LocalDate day) {
        return isRegistered() && registration.registeredOn() != null && !registration.registeredOn().isAfter(day)
                && (closedOn == null || closedOn.isAfter(day));
    }

    /** Registered by the year's last day and not closed before its first: the year's report accounts for it. */
    public boolean concernsYear(int year) {
        return isRegistered() && registration.registeredOn() != null
                && !registration.registeredOn().isAfter(LocalDate.of(year, 12, 31))
                && (closedOn == null || !closedOn.isBefore(LocalDate.of(year, 1, 1)));
    }

    /**
     * Whether the finding concerns an essential quality requirement: a basic requirement of the
     * agreement (quality, activity goals, resource efficiency), or any requirement when the board
     * judged the deficiency of high or serious severity.
     */
    public boolean isEssential() {
        return isRegistered() && (BASIC_REQUIREMENTS.contains(registration.requirementCategory())
                || GRAVE_SEVERITIES.contains(registration.severity()));
    }
}
