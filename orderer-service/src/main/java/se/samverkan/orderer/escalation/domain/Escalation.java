package se.samverkan.orderer.escalation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A disagreement between an orderer board and a provider that they could not settle themselves
 * (economy, goals, quality requirements, how to follow up; for a direct order: whether scope and
 * money balance), escalated to the municipal leadership: first its officials, who settle it or
 * refer it to the political level, whose decision is final (003).
 */
public final class Escalation {

    static final int TEXT_MAX = 4000;

    public enum Topic { ECONOMY, GOALS, QUALITY_REQUIREMENTS, FOLLOW_UP, SCOPE_AND_MONEY }

    public enum Side { ORDERER, PROVIDER }

    public enum Level { OFFICIALS, POLITICAL }

    public enum Outcome { SETTLED, REFERRED_TO_POLITICAL_LEVEL }

    public enum Status { AT_OFFICIALS, AT_POLITICAL_LEVEL, DECIDED }

    /** A decision of the municipal leadership at one level. */
    public record Decision(Level level, Outcome outcome, String text, String reference, LocalDate decidedOn,
                           String recordedBy) {
    }

    /** The agreement the disagreement concerns, as the escalation keeps it. */
    public record Parties(String agreementId, String boardId, String boardOrganisationId, String providerId,
                          String providerOrganisationId) {
    }

    private final UUID id;
    private final Parties parties;
    private final Topic topic;
    private final String description;
    private final Side raisedBy;
    private final String raisedByUser;
    private final Instant raisedAt;
    private final List<Decision> decisions;
    private final long version;

    private Escalation(UUID id, Parties parties, Topic topic, String description, Side raisedBy, String raisedByUser,
                       Instant raisedAt, List<Decision> decisions, long version) {
        this.id = Objects.requireNonNull(id);
        this.parties = Objects.requireNonNull(parties);
        this.topic = Objects.requireNonNull(topic);
        this.description = Objects.requireNonNull(description);
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.raisedByUser = raisedByUser;
        this.raisedAt = Objects.requireNonNull(raisedAt);
        this.decisions = List.copyOf(decisions);
        this.version = version;
    }

    public static Escalation restore(UUID id, Parties parties, Topic topic, String description, Side raisedBy,
                                     String raisedByUser, Instant raisedAt, List<Decision> decisions, long version) {
        return new Escalation(id, parties, topic, description, raisedBy, raisedByUser, raisedAt, decisions, version);
    }

    /** One of the parties raises the disagreement; it goes to the leadership's officials first. */
    public static Result raise(Parties parties, Side side, String user, String topic, String description, Instant now) {
        Violations violations = new Violations();
        Topic parsed = violations.oneOf(Topic.class, "topic", topic, true);
        if (violations.require("description", description)) {
            violations.maxLength("description", description, TEXT_MAX);
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(new Escalation(UUID.randomUUID(), parties, parsed, description.strip(), side, user, now,
                List.of(), 0));
    }

    /**
     * The leadership decides at a level. The officials settle it or refer it up; the political
     * level decides only what the officials referred, with the minutes' reference, and its
     * decision is final.
     */
    public Result decide(String level, String outcome, String text, String reference, String on, String user) {
        Violations violations = new Violations();
        Level parsedLevel = violations.oneOf(Level.class, "level", level, true);
        Outcome parsedOutcome = violations.oneOf(Outcome.class, "outcome", outcome, parsedLevel == Level.OFFICIALS);
        if (violations.require("text", text)) {
            violations.maxLength("text", text, TEXT_MAX);
        }
        violations.maxLength("reference", reference, 200);
        LocalDate date = violations.date("decidedOn", on, true);
        Status status = status();
        if (status == Status.DECIDED) {
            violations.add("status", "decided", "Ärendet är redan avgjort.");
        } else if (parsedLevel == Level.POLITICAL && status != Status.AT_POLITICAL_LEVEL) {
            violations.add("level", "officials-first", "Den politiska nivån avgör bara det som tjänstemännen i "
                    + "kommunledningen har lyft dit; ärendet ligger hos tjänstemännen.");
        } else if (parsedLevel == Level.OFFICIALS && status != Status.AT_OFFICIALS) {
            violations.add("level", "at-political-level", "Ärendet är lyft till den politiska nivån.");
        }
        if (parsedLevel == Level.POLITICAL) {
            if (parsedOutcome == Outcome.REFERRED_TO_POLITICAL_LEVEL) {
                violations.add("outcome", "final", "Den politiska nivåns beslut är slutligt och kan inte lyftas vidare.");
            }
            if (reference == null || reference.isBlank()) {
                violations.add("reference", "required", "Ange protokollsparagrafen för det politiska beslutet (t.ex. "
                        + "KS § 12).");
            }
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        List<Decision> more = new ArrayList<>(decisions);
        more.add(new Decision(parsedLevel, parsedLevel == Level.POLITICAL ? Outcome.SETTLED : parsedOutcome,
                text.strip(), reference == null || reference.isBlank() ? null : reference.strip(), date, user));
        return new Result.Done(new Escalation(id, parties, topic, description, raisedBy, raisedByUser, raisedAt, more,
                version + 1));
    }

    public Status status() {
        if (decisions.isEmpty()) {
            return Status.AT_OFFICIALS;
        }
        Decision last = decisions.get(decisions.size() - 1);
        return last.level() == Level.OFFICIALS && last.outcome() == Outcome.REFERRED_TO_POLITICAL_LEVEL
                ? Status.AT_POLITICAL_LEVEL : Status.DECIDED;
    }

    /** What raising or deciding can come to. */
    public sealed interface Result {
        record Done(Escalation escalation) implements Result {
        }

        record Rejected(List<Violation> violations) implements Result {
        }
    }

    public UUID id() {
        return id;
    }

    public Parties parties() {
        return parties;
    }

    public Topic topic() {
        return topic;
    }

    public String description() {
        return description;
    }

    public Side raisedBy() {
        return raisedBy;
    }

    public String raisedByUser() {
        return raisedByUser;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    public long version() {
        return version;
    }
}
