package se.samverkan.orderer.finding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A finding (avvikelse, brist): a requirement of a signed agreement that the provider does not
 * meet, with the evidence and its severity. The board requires a report back and an action plan
 * from the provider by a due date, accepts the plan or rejects it with reasons, follows it up,
 * and closes the finding once it has verified that every action of the accepted plan is done.
 * The same life cycle holds for in-house and private providers.
 */
public final class Finding {

    static final int TEXT_MAX = 2000;
    static final int NAME_MAX = 200;
    static final int ACTIONS_MAX = 20;
    /**
     * The platform's default: a serious finding's action plan is due within 30 days of the
     * registration (or of the rejection of a plan). The seeds set no number; a board cannot yet
     * choose another.
     */
    public static final int SERIOUS_PLAN_DAYS = 30;

    private final FindingId id;
    private final AgreementRef agreement;
    private final RequirementRef requirement;
    private final String evidence;
    private final EvidenceSource evidenceSource;
    private final LocalDate observedOn;
    private final Severity severity;
    private final String goalImpact;
    private final String registeredBy;
    private final LocalDate registeredOn;
    private final LocalDate planDueOn;
    private final FindingStatus status;
    private final List<ActionPlan> plans;
    private final List<FollowUpNote> notes;
    private final Closure closure;
    private final Instant createdAt;
    private final long version;

    /** What the board states when it registers a finding, unparsed, so every problem is reported at once. */
    public record Terms(String requirementId, String evidence, String evidenceSource, String observedOn,
                        String severity, String planDueOn, String goalImpact) {
    }

    /** One action of a plan as the provider sends it. */
    public record ActionTerms(String description, String responsible, String dueOn, String expectedEffect) {
    }

    private Finding(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        this.agreement = Objects.requireNonNull(b.agreement);
        this.requirement = Objects.requireNonNull(b.requirement);
        this.evidence = Objects.requireNonNull(b.evidence);
        this.evidenceSource = Objects.requireNonNull(b.evidenceSource);
        this.observedOn = Objects.requireNonNull(b.observedOn);
        this.severity = Objects.requireNonNull(b.severity);
        this.goalImpact = b.goalImpact;
        this.registeredBy = Objects.requireNonNull(b.registeredBy);
        this.registeredOn = Objects.requireNonNull(b.registeredOn);
        this.planDueOn = Objects.requireNonNull(b.planDueOn);
        this.status = Objects.requireNonNull(b.status);
        this.plans = List.copyOf(b.plans);
        this.notes = List.copyOf(b.notes);
        this.closure = b.closure;
        this.createdAt = Objects.requireNonNull(b.createdAt);
        this.version = b.version;
    }

    /**
     * Registers a finding on the agreement. Only a signed agreement can have findings, the
     * requirement must be one of the agreement's, the evidence says what was observed, where and
     * when (not in the future), and the action plan is due after today, for a serious finding
     * within {@link #SERIOUS_PLAN_DAYS} days.
     */
    public static Registration register(AgreementFacts facts, Terms terms, String registeredBy, LocalDate today,
                                        Instant now) {
        Violations violations = new Violations();
        if (!facts.signed()) {
            violations.add("agreementId", "signed-only", "Avvikelser kan bara registreras på ett tecknat avtal; "
                    + "avtalet '" + facts.agreement().title() + "' är inte tecknat eller har avslutats.");
        }
        RequirementRef requirement = null;
        if (violations.require("requirementId", terms.requirementId())) {
            String wanted = terms.requirementId().strip();
            requirement = facts.requirements().stream().filter(r -> r.id().equals(wanted)).findFirst().orElse(null);
            if (requirement == null) {
                violations.add("requirementId", "requirement-of-agreement", "Kravet " + terms.requirementId()
                        + " hör inte till avtalet '" + facts.agreement().title() + "'. Ange ett av avtalets krav.");
            }
        }
        String evidence = Fields.text("evidence", terms.evidence(), TEXT_MAX, violations);
        EvidenceSource source = violations.oneOf(EvidenceSource.class, "evidenceSource", terms.evidenceSource(), true);
        LocalDate observedOn = violations.date("observedOn", terms.observedOn(), true);
        if (observedOn != null && observedOn.isAfter(today)) {
            violations.add("observedOn", "not-future", "Det som iakttagits kan inte vara iakttaget efter i dag ("
                    + today + ").");
        }
        Severity severity = violations.oneOf(Severity.class, "severity", terms.severity(), true);
        LocalDate planDueOn = planDue("planDueOn", terms.planDueOn(), severity, today, violations);
        String goalImpact = Fields.optionalText("goalImpact", terms.goalImpact(), TEXT_MAX, violations);
        if (!violations.isEmpty()) {
            return new Registration.Rejected(violations.list());
        }
        Builder b = new Builder();
        b.id = FindingId.newId();
        b.agreement = facts.agreement();
        b.requirement = requirement;
        b.evidence = evidence;
        b.evidenceSource = source;
        b.observedOn = observedOn;
        b.severity = severity;
        b.goalImpact = goalImpact;
        b.registeredBy = registeredBy;
        b.registeredOn = today;
        b.planDueOn = planDueOn;
        b.status = FindingStatus.AWAITING_ACTION_PLAN;
        b.createdAt = now;
        return new Registration.Registered(new Finding(b));
    }

    /** A plan's due date: after today and, for a serious finding, within {@link #SERIOUS_PLAN_DAYS} days. */
    private static LocalDate planDue(String field, String value, Severity severity, LocalDate today,
                                     Violations violations) {
        LocalDate due = violations.date(field, value, true);
        if (due == null) {
            return null;
        }
        if (!due.isAfter(today)) {
            violations.add(field, "after-registration", "Åtgärdsplanen ska lämnas efter i dag (" + today
                    + "), så att utföraren får tid att ta fram den.");
            return null;
        }
        if (severity == Severity.SERIOUS && due.isAfter(today.plusDays(SERIOUS_PLAN_DAYS))) {
            violations.add(field, "serious-within-30-days", "En allvarlig avvikelse kräver en åtgärdsplan inom "
                    + SERIOUS_PLAN_DAYS + " dagar, alltså senast " + today.plusDays(SERIOUS_PLAN_DAYS) + ".");
            return null;
        }
        return due;
    }

    /**
     * The provider answers with an action plan: its report back on the cause and one or more
     * actions, each with who answers for it, a due date not in the past and the expected effect.
     * Only a finding that awaits a plan takes one.
     */
    public Change submitPlan(String analysis, List<ActionTerms> actions, String submittedBy, LocalDate today) {
        Violations violations = new Violations();
        if (!status.awaitingPlan()) {
            violations.add("status", "awaiting-plan-only", "Avvikelsen väntar inte på en åtgärdsplan; den är "
                    + statusText() + ".");
        }
        String report = Fields.text("analysis", analysis, TEXT_MAX, violations);
        List<Action> planned = new ArrayList<>();
        if (actions == null || actions.isEmpty()) {
            violations.add("actions", "required", "En åtgärdsplan har minst en åtgärd ('actions').");
        } else if (actions.size() > ACTIONS_MAX) {
            violations.add("actions", "max-size", "En åtgärdsplan har högst " + ACTIONS_MAX + " åtgärder.");
        } else {
            for (int i = 0; i < actions.size(); i++) {
                Action action = action(actions.get(i), "actions[" + i + "]", today, violations);
                if (action != null) {
                    planned.add(action);
                }
            }
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.plans.add(new ActionPlan(plans.size() + 1, report, planned, submittedBy, today, null));
        b.status = FindingStatus.PLAN_SUBMITTED;
        return new Change.Changed(b.next());
    }

    private static Action action(ActionTerms terms, String prefix, LocalDate today, Violations violations) {
        if (terms == null) {
            violations.add(prefix, "required", "Åtgärden på plats " + prefix + " är tom.");
            return null;
        }
        String description = Fields.text(prefix + ".description", terms.description(), TEXT_MAX, violations);
        String responsible = Fields.text(prefix + ".responsible", terms.responsible(), NAME_MAX, violations);
        LocalDate dueOn = violations.date(prefix + ".dueOn", terms.dueOn(), true);
        if (dueOn != null && dueOn.isBefore(today)) {
            violations.add(prefix + ".dueOn", "not-past", "En åtgärd kan inte planeras till ett datum som redan "
                    + "passerat (" + dueOn + ").");
            dueOn = null;
        }
        String effect = Fields.text(prefix + ".expectedEffect", terms.expectedEffect(), TEXT_MAX, violations);
        if (description == null || responsible == null || dueOn == null || effect == null) {
            return null;
        }
        return Action.planned(description, responsible, dueOn, effect);
    }

    /**
     * The board accepts the submitted plan, or rejects it with its reasons and a due date for a
     * new plan (for a serious finding within {@link #SERIOUS_PLAN_DAYS} days). The plan and the
     * decision stay in the finding's history.
     */
    public Change decide(String decision, String reason, String newPlanDueOn, String decidedBy, LocalDate today) {
        Violations violations = new Violations();
        if (status != FindingStatus.PLAN_SUBMITTED) {
            violations.add("status", "submitted-plan-only", "Det finns ingen inlämnad åtgärdsplan att besluta om; "
                    + "avvikelsen är " + statusText() + ".");
        }
        PlanDecision outcome = violations.oneOf(PlanDecision.class, "decision", decision, true);
        String reasons = Fields.optionalText("reason", reason, TEXT_MAX, violations);
        LocalDate nextDue = null;
        if (outcome == PlanDecision.REJECTED) {
            if (reason == null || reason.isBlank()) {
                violations.add("reason", "reason-required", "Ange skälen till att åtgärdsplanen inte godkänns "
                        + "('reason'), så att utföraren vet vad en ny plan ska ändra.");
            }
            nextDue = planDue("planDueOn", newPlanDueOn, severity, today, violations);
        } else if (outcome == PlanDecision.ACCEPTED && newPlanDueOn != null && !newPlanDueOn.isBlank()) {
            violations.add("planDueOn", "rejection-only", "Ett nytt datum för åtgärdsplanen anges bara när planen "
                    + "inte godkänns.");
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        int last = b.plans.size() - 1;
        b.plans.set(last, b.plans.get(last).withDecision(new ActionPlan.Decision(outcome, reasons, decidedBy, today,
                nextDue)));
        if (outcome == PlanDecision.ACCEPTED) {
            b.status = FindingStatus.PLAN_ACCEPTED;
        } else {
            b.status = FindingStatus.PLAN_REJECTED;
            b.planDueOn = nextDue;
        }
        return new Change.Changed(b.next());
    }

    /** The provider reports how far an action of the accepted plan has come; a done action stays done. */
    public Change reportProgress(UUID actionId, String status, String note, String reportedBy, LocalDate today) {
        Violations violations = new Violations();
        if (this.status != FindingStatus.PLAN_ACCEPTED) {
            violations.add("status", "accepted-plan-only", "Åtgärder återrapporteras bara när åtgärdsplanen är "
                    + "godkänd; avvikelsen är " + statusText() + ".");
        }
        Action action = currentPlan().flatMap(plan -> plan.action(actionId)).orElse(null);
        if (action == null) {
            violations.add("actionId", "unknown", "Åtgärden " + actionId + " finns inte i den senaste åtgärdsplanen.");
        } else if (action.done()) {
            violations.add("actionId", "already-done", "Åtgärden är redan rapporterad som klar ("
                    + action.reportedOn() + ").");
        }
        ActionStatus reported = violations.oneOf(ActionStatus.class, "status", status, true);
        if (reported == ActionStatus.PLANNED) {
            violations.add("status", "one-of", "Rapportera 'IN_PROGRESS' (påbörjad) eller 'DONE' (klar).");
        }
        String text = Fields.text("note", note, TEXT_MAX, violations);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        int last = b.plans.size() - 1;
        b.plans.set(last, b.plans.get(last).withAction(action.reported(reported, text, reportedBy, today)));
        return new Change.Changed(b.next());
    }

    /** The board records a note of its follow-up, at any time before the finding is closed. */
    public Change recordFollowUp(String note, String recordedBy, LocalDate today) {
        Violations violations = new Violations();
        if (status == FindingStatus.CLOSED) {
            violations.add("status", "open-only", "Avvikelsen är redan stängd.");
        }
        String text = Fields.text("note", note, TEXT_MAX, violations);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.notes.add(new FollowUpNote(text, recordedBy, today));
        return new Change.Changed(b.next());
    }

    /**
     * The board closes the finding once it has verified the remedy: only after an accepted plan
     * whose every action the provider has reported done, and with a note of how it verified it.
     */
    public Change close(String note, String closedBy, LocalDate today) {
        Violations violations = new Violations();
        if (status != FindingStatus.PLAN_ACCEPTED) {
            violations.add("status", "accepted-plan-required", "En avvikelse stängs först när en åtgärdsplan är "
                    + "godkänd och genomförd; avvikelsen är " + statusText() + ".");
        } else {
            for (Action action : currentPlan().orElseThrow().actions()) {
                if (!action.done()) {
                    violations.add("actions", "actions-done", "Åtgärden '" + action.description()
                            + "' är inte återrapporterad som klar.");
                }
            }
        }
        String text = Fields.text("note", note, TEXT_MAX, violations);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.status = FindingStatus.CLOSED;
        b.closure = new Closure(text, closedBy, today);
        return new Change.Changed(b.next());
    }

    /**
     * The last day before the finding is overdue: the plan's due date while a plan is owed, the
     * earliest due date of an action not yet done while the accepted plan is carried out; none
     * while the board has the next move or the finding is closed.
     */
    public Optional<LocalDate> overdueAfter() {
        if (status.awaitingPlan()) {
            return Optional.of(planDueOn);
        }
        if (status == FindingStatus.PLAN_ACCEPTED) {
            return currentPlan().orElseThrow().actions().stream().filter(action -> !action.done())
                    .map(Action::dueOn).min(Comparator.naturalOrder());
        }
        return Optional.empty();
    }

    /** Awaiting a plan after its due date, or an accepted action past its due date and not done. */
    public boolean overdue(LocalDate today) {
        return overdueAfter().filter(today::isAfter).isPresent();
    }

    /** An action of the plan being carried out that is past its due date and not done. */
    public boolean overdue(Action action, LocalDate today) {
        return status == FindingStatus.PLAN_ACCEPTED && currentPlan().filter(plan -> plan.actions().contains(action))
                .isPresent() && !action.done() && today.isAfter(action.dueOn());
    }

    /** The latest plan submitted, whatever its decision. */
    public Optional<ActionPlan> currentPlan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }

    private String statusText() {
        return switch (status) {
            case AWAITING_ACTION_PLAN -> "i väntan på en åtgärdsplan";
            case PLAN_SUBMITTED -> "i väntan på beslut om den inlämnade åtgärdsplanen";
            case PLAN_REJECTED -> "i väntan på en ny åtgärdsplan";
            case PLAN_ACCEPTED -> "under åtgärd enligt godkänd plan";
            case CLOSED -> "stängd";
        };
    }

    /** What registering can come to. */
    public sealed interface Registration {
        record Registered(Finding finding) implements Registration {
        }

        record Rejected(List<Violation> violations) implements Registration {
        }
    }

    /** What a change of a finding can come to. */
    public sealed interface Change {
        record Changed(Finding finding) implements Change {
        }

        record Rejected(List<Violation> violations) implements Change {
        }
    }

    /** Restores a finding from storage. */
    public static Finding restore(Builder builder) {
        return new Finding(builder);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.agreement = agreement;
        b.requirement = requirement;
        b.evidence = evidence;
        b.evidenceSource = evidenceSource;
        b.observedOn = observedOn;
        b.severity = severity;
        b.goalImpact = goalImpact;
        b.registeredBy = registeredBy;
        b.registeredOn = registeredOn;
        b.planDueOn = planDueOn;
        b.status = status;
        b.plans = new ArrayList<>(plans);
        b.notes = new ArrayList<>(notes);
        b.closure = closure;
        b.createdAt = createdAt;
        b.version = version;
        return b;
    }

    /** The state of a finding, for storage and for the next version of it. */
    public static final class Builder {
        public FindingId id;
        public AgreementRef agreement;
        public RequirementRef requirement;
        public String evidence;
        public EvidenceSource evidenceSource;
        public LocalDate observedOn;
        public Severity severity;
        public String goalImpact;
        public String registeredBy;
        public LocalDate registeredOn;
        public LocalDate planDueOn;
        public FindingStatus status;
        public List<ActionPlan> plans = new ArrayList<>();
        public List<FollowUpNote> notes = new ArrayList<>();
        public Closure closure;
        public Instant createdAt;
        public long version;

        Finding next() {
            version = version + 1;
            return new Finding(this);
        }
    }

    public FindingId id() {
        return id;
    }

    public AgreementRef agreement() {
        return agreement;
    }

    public RequirementRef requirement() {
        return requirement;
    }

    public String evidence() {
        return evidence;
    }

    public EvidenceSource evidenceSource() {
        return evidenceSource;
    }

    public LocalDate observedOn() {
        return observedOn;
    }

    public Severity severity() {
        return severity;
    }

    public Optional<String> goalImpact() {
        return Optional.ofNullable(goalImpact);
    }

    public String registeredBy() {
        return registeredBy;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    /** The last day for the plan owed now (the first, or the next after a rejection). */
    public LocalDate planDueOn() {
        return planDueOn;
    }

    public FindingStatus status() {
        return status;
    }

    /** Every plan submitted, oldest first, each with its decision. */
    public List<ActionPlan> plans() {
        return plans;
    }

    public List<FollowUpNote> notes() {
        return notes;
    }

    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
