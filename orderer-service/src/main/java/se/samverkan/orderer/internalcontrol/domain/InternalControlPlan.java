package se.samverkan.orderer.internalcontrol.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A board's yearly plan for internal control (plan för intern kontroll, 004): a risk analysis
 * based on the municipality's goals and vision, the activity's basic mission, laws and
 * regulations, reviews of whether processes and routines are followed and audit findings; and
 * the systematic controls the board decides for the year. It is drafted by the board's officials
 * and decided by the board; the interim report says how each control came out so far, the annual
 * report summarises the outcome and the board assesses whether its internal control works.
 */
public final class InternalControlPlan {

    static final int TEXT_MAX = 2000;
    static final int SHORT_MAX = 200;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final UUID id;
    private final String boardId;
    private final String boardOrganisationId;
    private final int year;
    private final List<Risk> risks;
    private final List<Control> controls;
    private final Decision decision;
    private final Assessment assessment;
    private final Instant createdAt;
    private final long version;

    /** The board's decision of the plan. */
    public record Decision(LocalDate decidedOn, String reference) {
    }

    /** The board's assessment in the annual report of whether its internal control works. */
    public record Assessment(boolean works, String text, LocalDate assessedOn, String recordedBy) {
    }

    /** A risk as a client sends it, unparsed. */
    public record RiskTerms(String title, String description, String source, Integer probability,
                            Integer consequence) {
    }

    /** A control as a client sends it, unparsed. */
    public record ControlTerms(String what, String method, String responsible, String schedule) {
    }

    /** A control's result as a client sends it, unparsed. */
    public record ResultTerms(String report, String outcome, String comment, String action, String recordedOn) {
    }

    private InternalControlPlan(UUID id, String boardId, String boardOrganisationId, int year, List<Risk> risks,
                                List<Control> controls, Decision decision, Assessment assessment, Instant createdAt,
                                long version) {
        this.id = Objects.requireNonNull(id);
        this.boardId = Objects.requireNonNull(boardId);
        this.boardOrganisationId = Objects.requireNonNull(boardOrganisationId);
        this.year = year;
        this.risks = List.copyOf(risks);
        this.controls = List.copyOf(controls);
        this.decision = decision;
        this.assessment = assessment;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static InternalControlPlan restore(UUID id, String boardId, String boardOrganisationId, int year,
                                              List<Risk> risks, List<Control> controls, Decision decision,
                                              Assessment assessment, Instant createdAt, long version) {
        return new InternalControlPlan(id, boardId, boardOrganisationId, year, risks, controls, decision, assessment,
                createdAt, version);
    }

    /** Starts the draft of the board's plan for the year. */
    public static Result start(String boardId, String boardOrganisationId, Integer year, Instant now) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            return new Result.Rejected(List.of(new Violation("year", "range",
                    "Ange planens år mellan " + FIRST_YEAR + " och " + LAST_YEAR + ".")));
        }
        return new Result.Done(new InternalControlPlan(UUID.randomUUID(), boardId, boardOrganisationId, year, List.of(),
                List.of(), null, null, now, 0));
    }

    /** Adds a risk of the risk analysis to the draft. */
    public Result addRisk(RiskTerms terms) {
        Violations violations = new Violations();
        draftOnly(violations, "Riskanalysen ingår i den beslutade planen och ändras inte efter beslutet.");
        if (violations.require("title", terms.title())) {
            violations.maxLength("title", terms.title(), SHORT_MAX);
        }
        violations.maxLength("description", terms.description(), TEXT_MAX);
        RiskSource source = violations.oneOf(RiskSource.class, "source", terms.source(), true);
        grade(violations, "probability", terms.probability(), "sannolikhet");
        grade(violations, "consequence", terms.consequence(), "konsekvens");
        if (terms.title() != null && risks.stream().anyMatch(risk -> risk.title().equalsIgnoreCase(terms.title().strip()))) {
            violations.add("title", "unique", "Riskanalysen har redan en risk som heter '" + terms.title().strip() + "'.");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        List<Risk> more = new ArrayList<>(risks);
        more.add(new Risk(UUID.randomUUID(), terms.title().strip(), blankToNull(terms.description()), source,
                terms.probability(), terms.consequence()));
        return new Result.Done(with(more, controls, decision, assessment));
    }

    /** Removes a risk, and the controls of it, from the draft. */
    public Result removeRisk(UUID riskId) {
        if (risk(riskId).isEmpty()) {
            return new Result.NotFound();
        }
        Violations violations = new Violations();
        draftOnly(violations, "Riskanalysen ingår i den beslutade planen och ändras inte efter beslutet.");
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(with(risks.stream().filter(risk -> !risk.id().equals(riskId)).toList(),
                controls.stream().filter(control -> !control.riskId().equals(riskId)).toList(), decision, assessment));
    }

    /** Adds a systematic control of a risk to the draft. */
    public Result addControl(UUID riskId, ControlTerms terms) {
        if (risk(riskId).isEmpty()) {
            return new Result.NotFound();
        }
        Violations violations = new Violations();
        draftOnly(violations, "Kontrollerna ingår i den beslutade planen och ändras inte efter beslutet.");
        if (violations.require("what", terms.what())) {
            violations.maxLength("what", terms.what(), TEXT_MAX);
        }
        if (violations.require("method", terms.method())) {
            violations.maxLength("method", terms.method(), TEXT_MAX);
        }
        if (violations.require("responsible", terms.responsible())) {
            violations.maxLength("responsible", terms.responsible(), SHORT_MAX);
        }
        if (violations.require("schedule", terms.schedule())) {
            violations.maxLength("schedule", terms.schedule(), SHORT_MAX);
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        List<Control> more = new ArrayList<>(controls);
        more.add(new Control(UUID.randomUUID(), riskId, terms.what().strip(), terms.method().strip(),
                terms.responsible().strip(), terms.schedule().strip(), List.of()));
        return new Result.Done(with(risks, more, decision, assessment));
    }

    /**
     * The board decides the plan. It needs a risk analysis, and every high risk (a risk value of
     * {@value Risk#HIGH} or more on the four-by-four scale) needs at least one control.
     */
    public Result decide(String on, String reference) {
        Violations violations = new Violations();
        if (decision != null) {
            violations.add("status", "decided-plan", "Planen är redan beslutad (" + decision.decidedOn() + ").");
        }
        LocalDate date = violations.date("decidedOn", on, true);
        violations.maxLength("reference", reference, SHORT_MAX);
        if (risks.isEmpty()) {
            violations.add("risks", "risk-analysis", "Planen har ingen riskanalys. Lägg till de risker som nämnden har "
                    + "bedömt innan planen beslutas.");
        }
        for (Risk risk : risks) {
            if (risk.high() && controlsOf(risk.id()).isEmpty()) {
                violations.add("risks", "high-risk-control", "Risken '" + risk.title() + "' har riskvärde "
                        + risk.value() + " (hög) men ingen kontroll. Varje hög risk ska ha minst en kontroll.");
            }
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(with(risks, controls, new Decision(date, blankToNull(reference)), assessment));
    }

    /**
     * Records how a control came out for the interim or the annual report. A deviation needs the
     * action the board takes; each control is reported once per report.
     */
    public Result recordResult(UUID controlId, ResultTerms terms, String user) {
        Control control = controls.stream().filter(c -> c.id().equals(controlId)).findFirst().orElse(null);
        if (control == null) {
            return new Result.NotFound();
        }
        Violations violations = new Violations();
        if (decision == null) {
            violations.add("status", "draft-plan", "Planen är inte beslutad ännu; resultat redovisas för en beslutad "
                    + "plan.");
        }
        Report report = violations.oneOf(Report.class, "report", terms.report(), true);
        ControlOutcome outcome = violations.oneOf(ControlOutcome.class, "outcome", terms.outcome(), true);
        violations.maxLength("comment", terms.comment(), TEXT_MAX);
        violations.maxLength("action", terms.action(), TEXT_MAX);
        LocalDate on = violations.date("recordedOn", terms.recordedOn(), true);
        if (outcome == ControlOutcome.DEVIATION && (terms.action() == null || terms.action().isBlank())) {
            violations.add("action", "deviation-action", "En avvikelse ska redovisas med den åtgärd som nämnden vidtar "
                    + "('action').");
        }
        if (report != null && control.resultFor(report).isPresent()) {
            violations.add("report", "already-reported", "Kontrollen är redan redovisad i "
                    + (report == Report.INTERIM ? "delårsrapporten" : "verksamhetsberättelsen") + ".");
        }
        if (assessment != null) {
            violations.add("status", "assessed", "Året är redan bedömt i verksamhetsberättelsen.");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        List<ControlResult> results = new ArrayList<>(control.results());
        results.add(new ControlResult(report, outcome, blankToNull(terms.comment()), blankToNull(terms.action()), on,
                user));
        List<Control> changed = controls.stream().map(c -> c.id().equals(controlId) ? c.withResults(results) : c)
                .toList();
        return new Result.Done(with(risks, changed, decision, assessment));
    }

    /**
     * The board's assessment in the annual report of whether the internal control worked. It
     * needs the outcome of every control for the annual report first.
     */
    public Result assess(Boolean works, String text, String on, String user) {
        Violations violations = new Violations();
        if (decision == null) {
            violations.add("status", "draft-plan", "Planen är inte beslutad ännu.");
        }
        if (assessment != null) {
            violations.add("status", "assessed", "Året är redan bedömt (" + assessment.assessedOn() + ").");
        }
        if (works == null) {
            violations.add("works", "required", "Ange om den interna kontrollen har fungerat ('works': true eller "
                    + "false).");
        }
        if (violations.require("text", text)) {
            violations.maxLength("text", text, TEXT_MAX);
        }
        LocalDate date = violations.date("assessedOn", on, true);
        for (Control control : controls) {
            if (control.resultFor(Report.ANNUAL).isEmpty()) {
                violations.add("controls", "every-control-reported", "Kontrollen '" + control.what() + "' är inte "
                        + "redovisad för verksamhetsberättelsen; redovisa varje kontroll innan året bedöms.");
            }
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(with(risks, controls, decision, new Assessment(works, text.strip(), date, user)));
    }

    public List<Control> controlsOf(UUID riskId) {
        return controls.stream().filter(control -> control.riskId().equals(riskId)).toList();
    }

    public Optional<Risk> risk(UUID riskId) {
        return risks.stream().filter(risk -> risk.id().equals(riskId)).findFirst();
    }

    public boolean decided() {
        return decision != null;
    }

    private void draftOnly(Violations violations, String message) {
        if (decision != null) {
            violations.add("status", "decided-plan", message);
        }
    }

    private static void grade(Violations violations, String field, Integer value, String name) {
        if (value == null) {
            violations.add(field, "required", "Ange riskens " + name + " från 1 (låg) till 4 (hög) ('" + field + "').");
        } else if (value < 1 || value > 4) {
            violations.add(field, "range", "Riskens " + name + " bedöms från 1 (låg) till 4 (hög), inte " + value + ".");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private InternalControlPlan with(List<Risk> newRisks, List<Control> newControls, Decision newDecision,
                                     Assessment newAssessment) {
        return new InternalControlPlan(id, boardId, boardOrganisationId, year, newRisks, newControls, newDecision,
                newAssessment, createdAt, version + 1);
    }

    /** What a change of the plan can come to. */
    public sealed interface Result {
        record Done(InternalControlPlan plan) implements Result {
        }

        record Rejected(List<Violation> violations) implements Result {
        }

        /** No such risk or control in the plan. */
        record NotFound() implements Result {
        }
    }

    public UUID id() {
        return id;
    }

    public String boardId() {
        return boardId;
    }

    public String boardOrganisationId() {
        return boardOrganisationId;
    }

    public int year() {
        return year;
    }

    public List<Risk> risks() {
        return risks;
    }

    public List<Control> controls() {
        return controls;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<Assessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
