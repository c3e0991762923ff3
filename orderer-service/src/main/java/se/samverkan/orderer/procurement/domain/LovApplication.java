package se.samverkan.orderer.procurement.domain;

import java.nio.charset.StandardCharsets;
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
 * A provider's application to be authorised in a board's LOV choice system under a rulebook.
 * The board authorises it, which concludes an agreement on the rulebook's terms, or refuses it
 * with its reasons. The municipality's own units apply under the same rulebook in the same way.
 */
public final class LovApplication {

    static final int TEXT_MAX = 4000;

    public enum Status { SUBMITTED, AUTHORISED, REFUSED }

    /** The rulebook and the board it belongs to, as the application keeps them. */
    public record RulebookRef(String rulebookId, String reference, String boardId, String boardOrganisationId,
                              String serviceArea) {
    }

    /** The applying provider as the orderer knows it. */
    public record Applicant(String providerId, String organisationId, String name) {
    }

    /** The board's decision. */
    public record Decision(LocalDate decidedOn, LocalDate startsOn, List<String> reasons, String decidedBy) {
    }

    private final UUID id;
    private final RulebookRef rulebook;
    private final Applicant applicant;
    private final String motivation;
    private final Instant submittedAt;
    private final String submittedBy;
    private final Status status;
    private final Decision decision;
    private final long version;

    private LovApplication(UUID id, RulebookRef rulebook, Applicant applicant, String motivation, Instant submittedAt,
                           String submittedBy, Status status, Decision decision, long version) {
        this.id = Objects.requireNonNull(id);
        this.rulebook = Objects.requireNonNull(rulebook);
        this.applicant = Objects.requireNonNull(applicant);
        this.motivation = motivation;
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.submittedBy = submittedBy;
        this.status = Objects.requireNonNull(status);
        this.decision = decision;
        this.version = version;
    }

    public static LovApplication restore(UUID id, RulebookRef rulebook, Applicant applicant, String motivation,
                                         Instant submittedAt, String submittedBy, Status status, Decision decision,
                                         long version) {
        return new LovApplication(id, rulebook, applicant, motivation, submittedAt, submittedBy, status, decision,
                version);
    }

    /** A provider applies under an open rulebook. */
    public static Result submit(Rulebook rulebook, Applicant applicant, String motivation, String user, Instant now) {
        Violations violations = new Violations();
        if (!rulebook.open()) {
            violations.add("rulebookId", "closed", "Valfrihetssystemet enligt " + rulebook.reference() + " är stängt "
                    + "för nya ansökningar sedan " + rulebook.closedOn().orElse(null) + ".");
        }
        violations.maxLength("motivation", motivation, TEXT_MAX);
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(new LovApplication(UUID.randomUUID(), new RulebookRef(rulebook.id().toString(),
                rulebook.reference(), rulebook.boardId(), rulebook.boardOrganisationId(), rulebook.serviceArea()),
                applicant, motivation == null || motivation.isBlank() ? null : motivation.strip(), now, user,
                Status.SUBMITTED, null, 0));
    }

    /**
     * The board authorises the provider from {@code startsOn}, which is not before the decision
     * nor before the choice system opens.
     */
    public Result authorise(String on, String startsOn, LocalDate systemOpensOn, String user) {
        Violations violations = new Violations();
        undecided(violations);
        LocalDate decided = violations.date("decidedOn", on, true);
        LocalDate starts = violations.date("startsOn", startsOn, true);
        if (decided != null && starts != null && starts.isBefore(decided)) {
            violations.add("startsOn", "after-decision", "Auktorisationen kan inte gälla före beslutet (" + decided
                    + ").");
        }
        if (starts != null && starts.isBefore(systemOpensOn)) {
            violations.add("startsOn", "system-open", "Valfrihetssystemet öppnar " + systemOpensOn + "; "
                    + "auktorisationen kan inte gälla tidigare.");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(new LovApplication(id, rulebook, applicant, motivation, submittedAt, submittedBy,
                Status.AUTHORISED, new Decision(decided, starts, List.of(), user), version + 1));
    }

    /** The board refuses the application; a refusal states its reasons, so the provider can appeal. */
    public Result refuse(String on, List<String> reasons, String user) {
        Violations violations = new Violations();
        undecided(violations);
        LocalDate decided = violations.date("decidedOn", on, true);
        List<String> given = new ArrayList<>();
        if (reasons != null) {
            for (int i = 0; i < reasons.size(); i++) {
                String reason = reasons.get(i);
                if (reason == null || reason.isBlank()) {
                    violations.add("reasons[" + i + "]", "required", "Skälet på plats " + (i + 1) + " är tomt.");
                } else if (violations.maxLength("reasons[" + i + "]", reason, TEXT_MAX)) {
                    given.add(reason.strip());
                }
            }
        }
        if (reasons == null || reasons.isEmpty()) {
            violations.add("reasons", "refusal-reasons", "Ett avslag ska motiveras: ange minst ett skäl ('reasons'), "
                    + "t.ex. vilket krav i förfrågningsunderlaget som inte uppfylls.");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(new LovApplication(id, rulebook, applicant, motivation, submittedAt, submittedBy,
                Status.REFUSED, new Decision(decided, null, given, user), version + 1));
    }

    /** The id the authorisation agreement gets: fixed by the application, so it is concluded once. */
    public String agreementId() {
        return UUID.nameUUIDFromBytes(("lov-authorisation:" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether this application holds the provider's place in the choice system (so a second one is refused). */
    public boolean active() {
        return status != Status.REFUSED;
    }

    private void undecided(Violations violations) {
        if (status != Status.SUBMITTED) {
            violations.add("status", "decided", "Ansökan är redan " + (status == Status.AUTHORISED ? "beviljad"
                    : "avslagen") + " (" + decision.decidedOn() + ").");
        }
    }

    public sealed interface Result {
        record Done(LovApplication application) implements Result {
        }

        record Rejected(List<Violation> violations) implements Result {
        }
    }

    public UUID id() {
        return id;
    }

    public RulebookRef rulebook() {
        return rulebook;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String motivation() {
        return motivation;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Status status() {
        return status;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public long version() {
        return version;
    }
}
