package se.samverkan.orderer.visit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A board's visit to a provider's unit: an announced visit (verksamhetsbesök), an unannounced
 * one (oanmält besök), or the deep follow-up (fördjupad uppföljning). It is planned with a date
 * and who will make it, then recorded as performed with the day, who made it and the outcome.
 * A serious complaint about the unit plans an unannounced visit and is kept with it. The same
 * holds for in-house and private units.
 */
public final class Visit {

    private final VisitId id;
    private final BoardRef board;
    private final UnitRef unit;
    private final VisitKind kind;
    private final LocalDate plannedOn;
    private final String responsible;
    private final String purpose;
    private final SeriousComplaint complaint;
    private final VisitStatus status;
    private final LocalDate performedOn;
    private final String performedBy;
    private final String outcome;
    private final String registeredBy;
    private final Instant createdAt;
    private final long version;

    /** What the board states when it plans a visit, unparsed, so every problem is reported at once. */
    public record Terms(String kind, String plannedOn, String responsible, String purpose) {
    }

    /** What the board states when it registers a serious complaint; {@code plannedOn} may be left out. */
    public record ComplaintTerms(String receivedOn, String summary, String plannedOn, String responsible) {
    }

    /** What the board records once the visit is made. */
    public record Performance(String performedOn, String performedBy, String outcome) {
    }

    private Visit(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        this.board = Objects.requireNonNull(b.board);
        this.unit = Objects.requireNonNull(b.unit);
        this.kind = Objects.requireNonNull(b.kind);
        this.plannedOn = Objects.requireNonNull(b.plannedOn);
        this.responsible = Objects.requireNonNull(b.responsible);
        this.purpose = b.purpose;
        this.complaint = b.complaint;
        this.status = Objects.requireNonNull(b.status);
        this.performedOn = b.performedOn;
        this.performedBy = b.performedBy;
        this.outcome = b.outcome;
        this.registeredBy = Objects.requireNonNull(b.registeredBy);
        this.createdAt = Objects.requireNonNull(b.createdAt);
        this.version = b.version;
    }

    /** Plans a visit of the kind to the unit on a day, made by the named official(s). */
    public static Planning plan(BoardRef board, UnitRef unit, Terms terms, String registeredBy, Instant now) {
        Violations violations = new Violations();
        VisitKind kind = violations.oneOf(VisitKind.class, "kind", terms.kind(), true);
        LocalDate plannedOn = violations.date("plannedOn", terms.plannedOn(), true);
        String responsible = Fields.text("responsible", terms.responsible(), Fields.NAME_MAX, violations);
        String purpose = Fields.optionalText("purpose", terms.purpose(), Fields.TEXT_MAX, violations);
        if (!violations.isEmpty()) {
            return new Planning.Rejected(violations.list());
        }
        Builder b = planned(board, unit, kind, plannedOn, responsible, registeredBy, now);
        b.purpose = purpose;
        return new Planning.Planned(new Visit(b));
    }

    /**
     * Registers a serious complaint about the unit, which plans an unannounced visit to it no
     * later than {@code withinDays} days from today: on the day the board gives, or on the last
     * day allowed when it gives none. The complaint was received at the latest today.
     */
    public static Planning onSeriousComplaint(BoardRef board, UnitRef unit, ComplaintTerms terms, int withinDays,
                                              String registeredBy, LocalDate today, Instant now) {
        Violations violations = new Violations();
        LocalDate receivedOn = violations.date("receivedOn", terms.receivedOn(), true);
        if (receivedOn != null && receivedOn.isAfter(today)) {
            violations.add("receivedOn", "not-future", "Klagomålet kan inte ha kommit in efter i dag (" + today + ").");
        }
        String summary = Fields.text("summary", terms.summary(), Fields.TEXT_MAX, violations);
        String responsible = Fields.text("responsible", terms.responsible(), Fields.NAME_MAX, violations);
        LocalDate latest = today.plusDays(withinDays);
        LocalDate plannedOn = violations.date("plannedOn", terms.plannedOn(), false);
        if (plannedOn != null && (plannedOn.isBefore(today) || plannedOn.isAfter(latest))) {
            violations.add("plannedOn", "within-days", "Ett allvarligt klagomål ska följas av ett oanmält besök inom "
                    + withinDays + " dagar: välj en dag från " + today + " till och med " + latest + ".");
        }
        if (!violations.isEmpty()) {
            return new Planning.Rejected(violations.list());
        }
        Builder b = planned(board, unit, VisitKind.UNANNOUNCED, plannedOn == null ? latest : plannedOn, responsible,
                registeredBy, now);
        b.purpose = "Allvarligt klagomål";
        b.complaint = new SeriousComplaint(receivedOn, summary, registeredBy, today);
        return new Planning.Planned(new Visit(b));
    }

    private static Builder planned(BoardRef board, UnitRef unit, VisitKind kind, LocalDate plannedOn,
                                   String responsible, String registeredBy, Instant now) {
        Builder b = new Builder();
        b.id = VisitId.newId();
        b.board = board;
        b.unit = unit;
        b.kind = kind;
        b.plannedOn = plannedOn;
        b.responsible = responsible;
        b.status = VisitStatus.PLANNED;
        b.registeredBy = registeredBy;
        b.createdAt = now;
        return b;
    }

    /** Records the planned visit as made: on a day not after today, by whom, with its outcome. Once only. */
    public Change recordPerformed(Performance performance, LocalDate today) {
        Violations violations = new Violations();
        if (status == VisitStatus.PERFORMED) {
            violations.add("status", "planned-only", "Besöket är redan registrerat som genomfört (" + performedOn
                    + ").");
        }
        LocalDate on = violations.date("performedOn", performance.performedOn(), true);
        if (on != null && on.isAfter(today)) {
            violations.add("performedOn", "not-future", "Ett besök kan inte vara genomfört efter i dag (" + today
                    + ").");
        }
        String by = Fields.text("performedBy", performance.performedBy(), Fields.NAME_MAX, violations);
        String result = Fields.text("outcome", performance.outcome(), Fields.TEXT_MAX, violations);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.status = VisitStatus.PERFORMED;
        b.performedOn = on;
        b.performedBy = by;
        b.outcome = result;
        return new Change.Changed(new Visit(b));
    }

    /**
     * Whether the provider's users may see the visit: an announced one from when it is planned,
     * an unannounced one only once it is made. A surprise must stay a surprise.
     */
    public boolean visibleToProvider() {
        return kind.announced() || status == VisitStatus.PERFORMED;
    }

    public boolean performed() {
        return status == VisitStatus.PERFORMED;
    }

    public sealed interface Planning {
        record Planned(Visit visit) implements Planning {
        }

        record Rejected(List<Violation> violations) implements Planning {
        }
    }

    public sealed interface Change {
        record Changed(Visit visit) implements Change {
        }

        record Rejected(List<Violation> violations) implements Change {
        }
    }

    public static Visit restore(Builder builder) {
        return new Visit(builder);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.board = board;
        b.unit = unit;
        b.kind = kind;
        b.plannedOn = plannedOn;
        b.responsible = responsible;
        b.purpose = purpose;
        b.complaint = complaint;
        b.status = status;
        b.performedOn = performedOn;
        b.performedBy = performedBy;
        b.outcome = outcome;
        b.registeredBy = registeredBy;
        b.createdAt = createdAt;
        b.version = version;
        return b;
    }

    /** The state of a visit, for persistence to restore it. */
    public static final class Builder {
        public VisitId id;
        public BoardRef board;
        public UnitRef unit;
        public VisitKind kind;
        public LocalDate plannedOn;
        public String responsible;
        public String purpose;
        public SeriousComplaint complaint;
        public VisitStatus status;
        public LocalDate performedOn;
        public String performedBy;
        public String outcome;
        public String registeredBy;
        public Instant createdAt;
        public long version;
    }

    public VisitId id() {
        return id;
    }

    public BoardRef board() {
        return board;
    }

    public UnitRef unit() {
        return unit;
    }

    public VisitKind kind() {
        return kind;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public String responsible() {
        return responsible;
    }

    public Optional<String> purpose() {
        return Optional.ofNullable(purpose);
    }

    public Optional<SeriousComplaint> complaint() {
        return Optional.ofNullable(complaint);
    }

    public VisitStatus status() {
        return status;
    }

    public Optional<LocalDate> performedOn() {
        return Optional.ofNullable(performedOn);
    }

    public Optional<String> performedBy() {
        return Optional.ofNullable(performedBy);
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
