package se.samverkan.orderer.agreement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;
import se.samverkan.orderer.provider.domain.ContractableProvider;

/**
 * An agreement (avtal) between an orderer board and a provider, whatever the procurement route:
 * an authorisation under LOV, a contract after a tender, a direct order to the in-house
 * production, or an IOP. Every agreement carries requirements from the one catalogue, each
 * saying how it is followed up, and is followed up the same way once signed.
 */
public final class Agreement {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 2000;
    /** The shortest standstill (avtalsspärr) after an award decision sent electronically, LOU 20 kap. 1 §. */
    static final int STANDSTILL_DAYS = 10;

    private final AgreementId id;
    private final String boardId;
    private final String boardOrganisationId;
    private final ProcurementRoute route;
    private final String serviceArea;
    private final ContractableProvider provider;
    private final String title;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final BigDecimal annualValueSek;
    private final Level valueLevel;
    private final Level impactLevel;
    private final String contractManager;
    private final RouteDetails routeDetails;
    private final List<Requirement> requirements;
    private final List<BoardPart> boardParts;
    private final Map<DirectOrderStep, StepRecord> directOrderSteps;
    private final AgreementStatus status;
    private final LocalDate signedOn;
    private final LocalDate terminatedOn;
    private final String terminationReason;
    private final Instant createdAt;
    private final long version;

    /** References that depend on the route: the LOV rulebook, the tender and its award. */
    public record RouteDetails(String rulebookReference, String tenderReference, LocalDate awardedOn,
                               LocalDate standstillEndsOn) {
    }

    /** Who recorded a direct-order approval or signature, when, and under which reference (minutes). */
    public record StepRecord(String recordedBy, LocalDate on, String reference) {
    }

    /** The terms as a client sends them, unparsed, so every problem can be reported at once. */
    public record Terms(String title, String route, String serviceArea, String startsOn, String endsOn,
                        BigDecimal annualValueSek, String valueLevel, String impactLevel, String contractManager,
                        String rulebookReference, String tenderReference, String awardedOn, String standstillEndsOn,
                        List<RequirementTerms> requirements) {
    }

    public record RequirementTerms(String category, String text, String followUpMethod) {
    }

    /**
     * Another board the contract spans: it follows the agreement up for its part (what of the
     * service is its own), while the owning board signs, changes and ends it.
     */
    public record BoardPart(String boardId, String boardOrganisationId, String boardName, String part) {
    }

    /** A part as a client sends it, with the board already looked up (null when unknown). */
    public record PartTerms(String boardId, String boardOrganisationId, String boardName, String part) {
    }

    private Agreement(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        this.boardId = Objects.requireNonNull(b.boardId);
        this.boardOrganisationId = Objects.requireNonNull(b.boardOrganisationId);
        this.route = Objects.requireNonNull(b.route);
        this.serviceArea = Objects.requireNonNull(b.serviceArea);
        this.provider = Objects.requireNonNull(b.provider);
        this.title = Objects.requireNonNull(b.title);
        this.startsOn = Objects.requireNonNull(b.startsOn);
        this.endsOn = b.endsOn;
        this.annualValueSek = Objects.requireNonNull(b.annualValueSek);
        this.valueLevel = Objects.requireNonNull(b.valueLevel);
        this.impactLevel = Objects.requireNonNull(b.impactLevel);
        this.contractManager = b.contractManager;
        this.routeDetails = Objects.requireNonNull(b.routeDetails);
        this.requirements = List.copyOf(b.requirements);
        this.boardParts = List.copyOf(b.boardParts);
        this.directOrderSteps = b.directOrderSteps.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(b.directOrderSteps));
        this.status = Objects.requireNonNull(b.status);
        this.signedOn = b.signedOn;
        this.terminatedOn = b.terminatedOn;
        this.terminationReason = b.terminationReason;
        this.createdAt = Objects.requireNonNull(b.createdAt);
        this.version = b.version;
    }

    /**
     * Drafts an agreement of the board with the provider. Checks every term at once, including
     * the route's own rules: a direct order goes only to the in-house production, an IOP only to
     * a non-profit organisation, a LOV authorisation names its rulebook, a tender its award and a
     * standstill of at least ten days.
     */
    public static Drafting draft(String boardId, String boardOrganisationId, ContractableProvider provider, Terms terms,
                                 Instant now) {
        return draft(AgreementId.newId(), boardId, boardOrganisationId, provider, terms, now);
    }

    /** The same, under an id decided beforehand (an authorisation names its agreement's id). */
    public static Drafting draft(AgreementId id, String boardId, String boardOrganisationId,
                                 ContractableProvider provider, Terms terms, Instant now) {
        Violations violations = new Violations();
        if (violations.require("title", terms.title())) {
            violations.maxLength("title", terms.title(), TITLE_MAX);
        }
        ProcurementRoute route = violations.oneOf(ProcurementRoute.class, "route", terms.route(), true);
        String serviceArea = null;
        if (violations.require("serviceArea", terms.serviceArea())) {
            serviceArea = terms.serviceArea().strip();
            String code = serviceArea;
            if (Arrays.stream(ServiceAreaCode.values()).noneMatch(known -> known.name().equals(code))) {
                violations.add("serviceArea", "one-of", "Okänt verksamhetsområde '" + terms.serviceArea() + "'.");
                serviceArea = null;
            }
        }
        LocalDate startsOn = violations.date("startsOn", terms.startsOn(), true);
        LocalDate endsOn = violations.date("endsOn", terms.endsOn(), false);
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            violations.add("endsOn", "after-start", "Avtalet måste sluta efter att det börjar (" + startsOn + ").");
        }
        if (terms.annualValueSek() == null) {
            violations.add("annualValueSek", "required", "Ange avtalets värde per år i kronor ('annualValueSek').");
        } else if (terms.annualValueSek().signum() < 0) {
            violations.add("annualValueSek", "non-negative", "Avtalets värde kan inte vara negativt.");
        }
        Level value = violations.oneOf(Level.class, "valueLevel", terms.valueLevel(), true);
        Level impact = violations.oneOf(Level.class, "impactLevel", terms.impactLevel(), true);
        violations.maxLength("contractManager", terms.contractManager(), TITLE_MAX);
        RouteDetails details = routeDetails(route, provider, terms, violations);
        List<Requirement> requirements = requirements(terms.requirements(), violations);
        if (!violations.isEmpty()) {
            return new Drafting.Rejected(violations.list());
        }
        Builder b = new Builder();
        b.id = id;
        b.boardId = boardId;
        b.boardOrganisationId = boardOrganisationId;
        b.route = route;
        b.serviceArea = serviceArea;
        b.provider = provider;
        b.title = terms.title().strip();
        b.startsOn = startsOn;
        b.endsOn = endsOn;
        b.annualValueSek = terms.annualValueSek();
        b.valueLevel = value;
        b.impactLevel = impact;
        b.contractManager = blankToNull(terms.contractManager());
        b.routeDetails = details;
        b.requirements = requirements;
        b.status = AgreementStatus.DRAFT;
        b.createdAt = now;
        return new Drafting.Drafted(new Agreement(b));
    }

    private static RouteDetails routeDetails(ProcurementRoute route, ContractableProvider provider, Terms terms,
                                             Violations violations) {
        if (route == null) {
            return new RouteDetails(null, null, null, null);
        }
        String rulebook = blankToNull(terms.rulebookReference());
        String tender = blankToNull(terms.tenderReference());
        violations.maxLength("rulebookReference", rulebook, TITLE_MAX);
        violations.maxLength("tenderReference", tender, TITLE_MAX);
        LocalDate awardedOn = null;
        LocalDate standstillEndsOn = null;
        switch (route) {
            case LOV -> {
                if (rulebook == null) {
                    violations.add("rulebookReference", "required", "En auktorisation enligt LOV ska ange vilket "
                            + "förfrågningsunderlag (regelbok) utföraren godkänts enligt ('rulebookReference').");
                }
            }
            case LOU -> {
                if (tender == null) {
                    violations.add("tenderReference", "required",
                            "Ett avtal efter upphandling ska ange upphandlingen ('tenderReference').");
                }
                awardedOn = violations.date("awardedOn", terms.awardedOn(), true);
                standstillEndsOn = violations.date("standstillEndsOn", terms.standstillEndsOn(), true);
                if (awardedOn != null && standstillEndsOn != null
                        && standstillEndsOn.isBefore(awardedOn.plusDays(STANDSTILL_DAYS))) {
                    violations.add("standstillEndsOn", "standstill", "Avtalsspärren måste vara minst "
                            + STANDSTILL_DAYS + " dagar efter tilldelningsbeslutet (" + awardedOn + "), alltså till "
                            + awardedOn.plusDays(STANDSTILL_DAYS) + " eller senare.");
                }
            }
            case DIRECT_ORDER -> {
                if (!provider.isInHouse()) {
                    violations.add("providerId", "in-house-only", "En direktbeställning kan bara göras till "
                            + "kommunens egen produktion (egenregi), inte till " + provider.name() + ".");
                }
            }
            case IOP -> {
                if (!provider.isNonProfit()) {
                    violations.add("providerId", "non-profit-only", "Ett idéburet offentligt partnerskap kan bara "
                            + "ingås med en idéburen organisation (ideell förening eller stiftelse), inte med "
                            + provider.name() + ".");
                }
            }
        }
        return new RouteDetails(rulebook, tender, awardedOn, standstillEndsOn);
    }

    /**
     * Reads requirements from the catalogue, every problem into {@code violations}: the one check
     * of a requirement's terms, for agreements and for the procurement documents they come from.
     */
    public static List<Requirement> requirements(List<RequirementTerms> terms, Violations violations) {
        List<Requirement> requirements = new ArrayList<>();
        if (terms == null) {
            return requirements;
        }
        for (int i = 0; i < terms.size(); i++) {
            RequirementTerms term = terms.get(i);
            String prefix = "requirements[" + i + "].";
            if (term == null) {
                violations.add("requirements[" + i + "]", "required", "Kravet på plats " + (i + 1) + " är tomt.");
                continue;
            }
            RequirementCategory category = violations.oneOf(RequirementCategory.class, prefix + "category",
                    term.category(), true);
            boolean hasText = violations.require(prefix + "text", term.text())
                    && violations.maxLength(prefix + "text", term.text(), TEXT_MAX);
            FollowUpMethod method = violations.oneOf(FollowUpMethod.class, prefix + "followUpMethod",
                    term.followUpMethod(), true);
            if (category != null && method != null && hasText) {
                requirements.add(new Requirement(UUID.randomUUID(), category, term.text().strip(), method));
            }
        }
        return requirements;
    }

    /** Replaces the requirements of a draft; a signed agreement's requirements are fixed. */
    public Change replaceRequirements(List<RequirementTerms> terms) {
        Violations violations = new Violations();
        if (status != AgreementStatus.DRAFT) {
            violations.add("status", "draft-only", "Kraven kan bara ändras i ett utkast; avtalet är " + statusText() + ".");
        }
        List<Requirement> replaced = requirements(terms == null ? List.of() : terms, violations);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.requirements = replaced;
        return new Change.Changed(b.next());
    }

    /**
     * Records one of the approvals and signatures a direct order needs. The production side's
     * steps are recorded by the production, the orderer's by the orderer.
     */
    public Change record(DirectOrderStep step, String recordedBy, String on, String reference) {
        Violations violations = new Violations();
        if (route != ProcurementRoute.DIRECT_ORDER) {
            violations.add("step", "direct-order-only", "Godkännanden och underskrifter av båda förvaltningarna "
                    + "hör bara till en direktbeställning; detta avtal är " + route.label() + ".");
        }
        if (status != AgreementStatus.DRAFT) {
            violations.add("status", "draft-only", "Avtalet är redan " + statusText() + ".");
        }
        LocalDate date = violations.date("on", on, true);
        violations.maxLength("reference", reference, TITLE_MAX);
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.directOrderSteps.put(step, new StepRecord(recordedBy, date, blankToNull(reference)));
        return new Change.Changed(b.next());
    }

    /**
     * Signs the agreement. It needs every mandatory requirement category; a tender's contract
     * cannot be signed before its standstill has ended; a direct order needs the approval of both
     * boards and the signatures of both heads of administration.
     */
    public Change sign(LocalDate today) {
        Violations violations = new Violations();
        if (status != AgreementStatus.DRAFT) {
            violations.add("status", "draft-only", "Avtalet är redan " + statusText() + ".");
        }
        for (RequirementCategory category : RequirementCategory.values()) {
            if (category.mandatory() && requirements.stream().noneMatch(r -> r.category() == category)) {
                violations.add("requirements", "mandatory-category", "Avtalet saknar krav om: " + category.label()
                        + " (" + category.name() + ").");
            }
        }
        if (route == ProcurementRoute.LOU && routeDetails.standstillEndsOn() != null
                && today.isBefore(routeDetails.standstillEndsOn())) {
            violations.add("standstillEndsOn", "standstill", "Avtalet får inte tecknas under avtalsspärren, som "
                    + "pågår till " + routeDetails.standstillEndsOn() + ".");
        }
        if (route == ProcurementRoute.DIRECT_ORDER) {
            for (DirectOrderStep step : DirectOrderStep.values()) {
                if (!directOrderSteps.containsKey(step)) {
                    violations.add("directOrder." + step.name(), "direct-order-approval",
                            "En direktbeställning kräver " + step.label() + " innan den tecknas.");
                }
            }
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.status = AgreementStatus.SIGNED;
        b.signedOn = today;
        return new Change.Changed(b.next());
    }

    /** Ends a signed agreement, with the reason, on a day within its period. */
    public Change terminate(String reason, String on) {
        Violations violations = new Violations();
        if (status != AgreementStatus.SIGNED) {
            violations.add("status", "signed-only", "Bara ett tecknat avtal kan avslutas; avtalet är " + statusText() + ".");
        }
        if (violations.require("reason", reason)) {
            violations.maxLength("reason", reason, TEXT_MAX);
        }
        LocalDate date = violations.date("terminatedOn", on, true);
        if (date != null && date.isBefore(startsOn)) {
            violations.add("terminatedOn", "after-start", "Avtalet kan inte avslutas före sin start (" + startsOn + ").");
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.status = AgreementStatus.TERMINATED;
        b.terminatedOn = date;
        b.terminationReason = reason.strip();
        return new Change.Changed(b.next());
    }

    /**
     * Names the other boards the contract spans, each once with its part; replaces the earlier
     * list. The owning board is not a part of its own agreement, and an ended agreement is not
     * shared any more.
     */
    public Change shareWith(List<PartTerms> parts) {
        Violations violations = new Violations();
        if (status == AgreementStatus.TERMINATED) {
            violations.add("status", "terminated", "Avtalet är avslutat och delas inte med fler nämnder.");
        }
        List<BoardPart> shared = new ArrayList<>();
        List<PartTerms> given = parts == null ? List.of() : parts;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            PartTerms term = given.get(i);
            String at = "parts[" + i + "]";
            if (term == null || term.boardId() == null || term.boardId().isBlank()) {
                violations.add(at + ".boardId", "required", "Ange vilken nämnd som har del i avtalet ('boardId').");
                continue;
            }
            if (term.boardOrganisationId() == null) {
                violations.add(at + ".boardId", "unknown-board", "Nämnden " + term.boardId() + " finns inte.");
                continue;
            }
            if (term.boardOrganisationId().equals(boardOrganisationId)) {
                violations.add(at + ".boardId", "owning-board", "Nämnden äger avtalet; ange de andra nämnder som "
                        + "avtalet spänner över.");
            } else if (!seen.add(term.boardOrganisationId())) {
                violations.add(at + ".boardId", "unique", "Nämnden " + term.boardName() + " är redan med.");
            }
            if (violations.require(at + ".part", term.part())) {
                violations.maxLength(at + ".part", term.part(), TEXT_MAX);
            }
            if (term.part() != null && !term.part().isBlank()) {
                shared.add(new BoardPart(term.boardId().strip(), term.boardOrganisationId(), term.boardName(),
                        term.part().strip()));
            }
        }
        if (!violations.isEmpty()) {
            return new Change.Rejected(violations.list());
        }
        Builder b = toBuilder();
        b.boardParts = shared;
        return new Change.Changed(b.next());
    }

    /** Whether the organisation is a board that follows the agreement up for its part. */
    public boolean sharedWith(String organisation) {
        return organisation != null && boardParts.stream().anyMatch(p -> p.boardOrganisationId().equals(organisation));
    }

    /** Strategic contracts (high value and high impact on the activity) are reported to the council. */
    public boolean strategic() {
        return valueLevel == Level.HIGH && impactLevel == Level.HIGH;
    }

    /** A direct order is an internal agreement, not legally binding, but followed up like the others. */
    public boolean legallyBinding() {
        return route != ProcurementRoute.DIRECT_ORDER;
    }

    /** Whether the organisation is the board that owns the agreement. */
    public boolean ownedBy(String organisation) {
        return boardOrganisationId.equals(organisation);
    }

    /** Whether the organisation acts for the provider of the agreement. */
    public boolean withProviderRunBy(String organisation) {
        return organisation != null && organisation.equals(provider.organisationId());
    }

    private String statusText() {
        return switch (status) {
            case DRAFT -> "ett utkast";
            case SIGNED -> "tecknat";
            case TERMINATED -> "avslutat";
        };
    }

    /** What drafting can come to. */
    public sealed interface Drafting {
        record Drafted(Agreement agreement) implements Drafting {
        }

        record Rejected(List<Violation> violations) implements Drafting {
        }
    }

    /** What a change of an agreement can come to. */
    public sealed interface Change {
        record Changed(Agreement agreement) implements Change {
        }

        record Rejected(List<Violation> violations) implements Change {
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Restores an agreement from storage. */
    public static Agreement restore(Builder builder) {
        return new Agreement(builder);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.boardId = boardId;
        b.boardOrganisationId = boardOrganisationId;
        b.route = route;
        b.serviceArea = serviceArea;
        b.provider = provider;
        b.title = title;
        b.startsOn = startsOn;
        b.endsOn = endsOn;
        b.annualValueSek = annualValueSek;
        b.valueLevel = valueLevel;
        b.impactLevel = impactLevel;
        b.contractManager = contractManager;
        b.routeDetails = routeDetails;
        b.requirements = new ArrayList<>(requirements);
        b.boardParts = new ArrayList<>(boardParts);
        b.directOrderSteps = new EnumMap<>(DirectOrderStep.class);
        b.directOrderSteps.putAll(directOrderSteps);
        b.status = status;
        b.signedOn = signedOn;
        b.terminatedOn = terminatedOn;
        b.terminationReason = terminationReason;
        b.createdAt = createdAt;
        b.version = version;
        return b;
    }

    /** The state of an agreement, for storage and for the next version of it. */
    public static final class Builder {
        public AgreementId id;
        public String boardId;
        public String boardOrganisationId;
        public ProcurementRoute route;
        public String serviceArea;
        public ContractableProvider provider;
        public String title;
        public LocalDate startsOn;
        public LocalDate endsOn;
        public BigDecimal annualValueSek;
        public Level valueLevel;
        public Level impactLevel;
        public String contractManager;
        public RouteDetails routeDetails;
        public List<Requirement> requirements = new ArrayList<>();
        public List<BoardPart> boardParts = new ArrayList<>();
        public Map<DirectOrderStep, StepRecord> directOrderSteps = new EnumMap<>(DirectOrderStep.class);
        public AgreementStatus status;
        public LocalDate signedOn;
        public LocalDate terminatedOn;
        public String terminationReason;
        public Instant createdAt;
        public long version;

        Agreement next() {
            version = version + 1;
            return new Agreement(this);
        }
    }

    public AgreementId id() {
        return id;
    }

    public String boardId() {
        return boardId;
    }

    public String boardOrganisationId() {
        return boardOrganisationId;
    }

    public ProcurementRoute route() {
        return route;
    }

    public String serviceArea() {
        return serviceArea;
    }

    public ContractableProvider provider() {
        return provider;
    }

    public String title() {
        return title;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public Optional<LocalDate> endsOn() {
        return Optional.ofNullable(endsOn);
    }

    public BigDecimal annualValueSek() {
        return annualValueSek;
    }

    public Level valueLevel() {
        return valueLevel;
    }

    public Level impactLevel() {
        return impactLevel;
    }

    public Optional<String> contractManager() {
        return Optional.ofNullable(contractManager);
    }

    public RouteDetails routeDetails() {
        return routeDetails;
    }

    public List<BoardPart> boardParts() {
        return boardParts;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    public Map<DirectOrderStep, StepRecord> directOrderSteps() {
        return directOrderSteps;
    }

    public AgreementStatus status() {
        return status;
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public Optional<LocalDate> terminatedOn() {
        return Optional.ofNullable(terminatedOn);
    }

    public Optional<String> terminationReason() {
        return Optional.ofNullable(terminationReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
