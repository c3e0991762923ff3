package se.samverkan.orderer.procurement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;
import se.samverkan.orderer.agreement.domain.Agreement;
import se.samverkan.orderer.agreement.domain.FollowUpMethod;
import se.samverkan.orderer.agreement.domain.Level;
import se.samverkan.orderer.agreement.domain.RequirementCategory;

/**
 * The published rulebook (förfrågningsunderlag) of a board's LOV choice system in one service
 * area: the requirements every provider is authorised on, in-house units and private providers
 * alike, drawn from the same requirement catalogue as every agreement. It is open for
 * applications until the board closes it.
 */
public final class Rulebook {

    static final int TEXT_MAX = 2000;
    static final int SHORT_MAX = 200;

    /** A requirement of the rulebook, checked against the catalogue. */
    public record Requirement(RequirementCategory category, String text, FollowUpMethod followUpMethod) {
    }

    /** A requirement as a client sends it, unparsed. */
    public record RequirementTerms(String category, String text, String followUpMethod) {
    }

    /** The rulebook as a client sends it, unparsed. */
    public record Terms(String reference, String title, String serviceArea, String openFrom,
                        BigDecimal estimatedAnnualValueSek, String valueLevel, String impactLevel,
                        String compensation, List<RequirementTerms> requirements) {
    }

    private final UUID id;
    private final String boardId;
    private final String boardOrganisationId;
    private final String reference;
    private final String title;
    private final String serviceArea;
    private final LocalDate openFrom;
    private final BigDecimal estimatedAnnualValueSek;
    private final Level valueLevel;
    private final Level impactLevel;
    private final String compensation;
    private final List<Requirement> requirements;
    private final LocalDate closedOn;
    private final Instant createdAt;
    private final long version;

    private Rulebook(UUID id, String boardId, String boardOrganisationId, String reference, String title,
                     String serviceArea, LocalDate openFrom, BigDecimal estimatedAnnualValueSek, Level valueLevel,
                     Level impactLevel, String compensation, List<Requirement> requirements, LocalDate closedOn,
                     Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.boardId = Objects.requireNonNull(boardId);
        this.boardOrganisationId = Objects.requireNonNull(boardOrganisationId);
        this.reference = Objects.requireNonNull(reference);
        this.title = Objects.requireNonNull(title);
        this.serviceArea = Objects.requireNonNull(serviceArea);
        this.openFrom = Objects.requireNonNull(openFrom);
        this.estimatedAnnualValueSek = Objects.requireNonNull(estimatedAnnualValueSek);
        this.valueLevel = Objects.requireNonNull(valueLevel);
        this.impactLevel = Objects.requireNonNull(impactLevel);
        this.compensation = compensation;
        this.requirements = List.copyOf(requirements);
        this.closedOn = closedOn;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static Rulebook restore(UUID id, String boardId, String boardOrganisationId, String reference, String title,
                                   String serviceArea, LocalDate openFrom, BigDecimal estimatedAnnualValueSek,
                                   Level valueLevel, Level impactLevel, String compensation,
                                   List<Requirement> requirements, LocalDate closedOn, Instant createdAt,
                                   long version) {
        return new Rulebook(id, boardId, boardOrganisationId, reference, title, serviceArea, openFrom,
                estimatedAnnualValueSek, valueLevel, impactLevel, compensation, requirements, closedOn, createdAt,
                version);
    }

    /**
     * Publishes a rulebook of the board. Every requirement category that every agreement must
     * carry is in it, since each authorisation becomes an agreement on exactly these terms.
     */
    public static Result publish(String boardId, String boardOrganisationId, Terms terms, Instant now) {
        Violations violations = new Violations();
        if (violations.require("reference", terms.reference())) {
            violations.maxLength("reference", terms.reference(), SHORT_MAX);
        }
        if (violations.require("title", terms.title())) {
            violations.maxLength("title", terms.title(), SHORT_MAX);
        }
        if (violations.require("serviceArea", terms.serviceArea())
                && Arrays.stream(ServiceAreaCode.values()).noneMatch(code -> code.name().equals(terms.serviceArea().strip()))) {
            violations.add("serviceArea", "one-of", "Okänt verksamhetsområde '" + terms.serviceArea() + "'.");
        }
        LocalDate openFrom = violations.date("openFrom", terms.openFrom(), true);
        if (terms.estimatedAnnualValueSek() == null) {
            violations.add("estimatedAnnualValueSek", "required", "Ange den uppskattade årliga ersättningen per utförare "
                    + "i kronor ('estimatedAnnualValueSek'), för avtalsregistret.");
        } else if (terms.estimatedAnnualValueSek().signum() < 0) {
            violations.add("estimatedAnnualValueSek", "non-negative", "Värdet kan inte vara negativt.");
        }
        Level value = violations.oneOf(Level.class, "valueLevel", terms.valueLevel(), true);
        Level impact = violations.oneOf(Level.class, "impactLevel", terms.impactLevel(), true);
        violations.maxLength("compensation", terms.compensation(), TEXT_MAX);
        List<Requirement> requirements = requirements(terms.requirements(), violations, "Förfrågningsunderlaget");
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(new Rulebook(UUID.randomUUID(), boardId, boardOrganisationId, terms.reference().strip(),
                terms.title().strip(), terms.serviceArea().strip(), openFrom, terms.estimatedAnnualValueSek(), value,
                impact, blank(terms.compensation()), requirements, null, now, 0));
    }

    /**
     * Reads requirements from the shared catalogue, each with how it is followed up; every
     * category that every agreement must carry is there, since the procurement becomes an
     * agreement on exactly these terms. {@code document} names the document in the messages.
     */
    public static List<Requirement> requirements(List<RequirementTerms> terms, Violations violations,
                                                 String document) {
        List<RequirementTerms> given = terms == null ? List.of() : terms;
        List<Requirement> requirements = Agreement.requirements(given.stream().map(term -> term == null ? null
                        : new Agreement.RequirementTerms(term.category(), term.text(), term.followUpMethod())).toList(),
                violations).stream()
                .map(read -> new Requirement(read.category(), read.text(), read.followUpMethod())).toList();
        for (RequirementCategory category : RequirementCategory.values()) {
            if (category.mandatory() && given.stream().noneMatch(term -> term != null
                    && term.category() != null && category.name().equalsIgnoreCase(term.category().strip()))) {
                violations.add("requirements", "mandatory-category", document + " saknar krav om: "
                        + category.label() + " (" + category.name() + "). Avtalet som blir följden får just dessa krav.");
            }
        }
        return requirements;
    }

    /** Closes the choice system for new applications; authorised providers keep their agreements. */
    public Result close(String on) {
        Violations violations = new Violations();
        LocalDate date = violations.date("closedOn", on, true);
        if (closedOn != null) {
            violations.add("status", "closed", "Förfrågningsunderlaget är redan stängt (" + closedOn + ").");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(new Rulebook(id, boardId, boardOrganisationId, reference, title, serviceArea, openFrom,
                estimatedAnnualValueSek, valueLevel, impactLevel, compensation, requirements, date, createdAt,
                version + 1));
    }

    public boolean open() {
        return closedOn == null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public sealed interface Result {
        record Done(Rulebook rulebook) implements Result {
        }

        record Rejected(List<Violation> violations) implements Result {
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

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String serviceArea() {
        return serviceArea;
    }

    public LocalDate openFrom() {
        return openFrom;
    }

    public BigDecimal estimatedAnnualValueSek() {
        return estimatedAnnualValueSek;
    }

    public Level valueLevel() {
        return valueLevel;
    }

    public Level impactLevel() {
        return impactLevel;
    }

    public String compensation() {
        return compensation;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
