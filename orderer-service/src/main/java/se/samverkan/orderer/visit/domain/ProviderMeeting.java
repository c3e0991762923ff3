package se.samverkan.orderer.visit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A provider meeting (utförarmöte, leverantörsträff): a board's meeting in one service area with
 * the external and in-house units alike, held at least once a term. It is planned for a day and
 * recorded as held with the day, who took part and the notes.
 */
public final class ProviderMeeting {

    static final int PARTICIPANTS_MAX = 100;

    private final ProviderMeetingId id;
    private final BoardRef board;
    private final String serviceArea;
    private final LocalDate plannedOn;
    private final String agenda;
    private final LocalDate heldOn;
    private final List<String> participants;
    private final String notes;
    private final String registeredBy;
    private final Instant createdAt;
    private final long version;

    /** What the board states when it plans a meeting. */
    public record Terms(String serviceArea, String plannedOn, String agenda) {
    }

    /** What the board records once the meeting is held. */
    public record Held(String heldOn, List<String> participants, String notes) {
    }

    private ProviderMeeting(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        this.board = Objects.requireNonNull(b.board);
        this.serviceArea = Objects.requireNonNull(b.serviceArea);
        this.plannedOn = Objects.requireNonNull(b.plannedOn);
        this.agenda = b.agenda;
        this.heldOn = b.heldOn;
        this.participants = List.copyOf(b.participants);
        this.notes = b.notes;
        this.registeredBy = Objects.requireNonNull(b.registeredBy);
        this.createdAt = Objects.requireNonNull(b.createdAt);
        this.version = b.version;
    }

    /** Plans a meeting of the board's providers in one service area on a day. */
    public static Planning plan(BoardRef board, Terms terms, String registeredBy, Instant now) {
        Violations violations = new Violations();
        ServiceAreaCode area = violations.oneOf(ServiceAreaCode.class, "serviceArea", terms.serviceArea(), true);
        LocalDate plannedOn = violations.date("plannedOn", terms.plannedOn(), true);
        String agenda = Fields.optionalText("agenda", terms.agenda(), Fields.TEXT_MAX, violations);
        if (!violations.isEmpty()) {
            return new Planning.Rejected(violations.list());
        }
        Builder b = new Builder();
        b.id = ProviderMeetingId.newId();
        b.board = board;
        b.serviceArea = area.name();
        b.plannedOn = plannedOn;
        b.agenda = agenda;
        b.registeredBy = registeredBy;
        b.createdAt = now;
        return new Planning.Planned(new ProviderMeeting(b));
    }

    /** Records the meeting as held on a day not after today, with who took part and the notes. Once only. */
    public Change recordHeld(Held held, LocalDate today) {
        Violations violations = new Violations();
        if (heldOn != null) {
            violations.add("heldOn", "planned-only", "Mötet är redan registrerat som hållet (" + heldOn + ").");
        }
        LocalDate on = violations.date("heldOn", held.heldOn(), true);
        if (on != null && on.isAfter(today)) {
            violations.add("heldOn", "not-future", "Ett möte kan inte vara hållet efter i dag (" + today + ").");
        }
        List<String> who = new ArrayList<>();
        if (held.participants() == null || held.participants().isEmpty()) {
            violations.add("participants", "required", "Ange vilka som deltog ('participants').");
        } else if (held.participants().size() > PARTICIPANTS_MAX) {
            violations.add("participants", "max-size", "Högst " + PARTICIPANTS_MAX + " deltagare kan anges.");
        } else {
            for (int i = 0; i < held.participants().size(); i++) {
                String name = Fields.text("participants[" + i + "]", held.participants().get(i), Fields.NAME_MAX,
                        violations);
                if (name != null) {
                    who.add(name);
                }
            }
        }
        String text = Fields.text("notes", held.notes(), Fields.TEXT_MAX, violations);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.heldOn = on;
        b.participants = who;
        b.notes = text;
        return new Change.Changed(new ProviderMeeting(b));
    }

    public boolean held() {
        return heldOn != null;
    }

    /** The term of the meeting: of the day it was held, or of the planned day until then. */
    public Term term() {
        return Term.of(heldOn == null ? plannedOn : heldOn);
    }

    public sealed interface Planning {
        record Planned(ProviderMeeting meeting) implements Planning {
        }

        record Rejected(List<Violation> violations) implements Planning {
        }
    }

    public sealed interface Change {
        record Changed(ProviderMeeting meeting) implements Change {
        }

        record Rejected(List<Violation> violations) implements Change {
        }
    }

    public static ProviderMeeting restore(Builder builder) {
        return new ProviderMeeting(builder);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.board = board;
        b.serviceArea = serviceArea;
        b.plannedOn = plannedOn;
        b.agenda = agenda;
        b.heldOn = heldOn;
        b.participants = new ArrayList<>(participants);
        b.notes = notes;
        b.registeredBy = registeredBy;
        b.createdAt = createdAt;
        b.version = version;
        return b;
    }

    /** The state of a meeting, for persistence to restore it. */
    public static final class Builder {
        public ProviderMeetingId id;
        public BoardRef board;
        public String serviceArea;
        public LocalDate plannedOn;
        public String agenda;
        public LocalDate heldOn;
        public List<String> participants = new ArrayList<>();
        public String notes;
        public String registeredBy;
        public Instant createdAt;
        public long version;
    }

    public ProviderMeetingId id() {
        return id;
    }

    public BoardRef board() {
        return board;
    }

    public String serviceArea() {
        return serviceArea;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public Optional<String> agenda() {
        return Optional.ofNullable(agenda);
    }

    public Optional<LocalDate> heldOn() {
        return Optional.ofNullable(heldOn);
    }

    public List<String> participants() {
        return participants;
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
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
