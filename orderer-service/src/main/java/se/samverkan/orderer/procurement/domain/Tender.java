package se.samverkan.orderer.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;
import se.samverkan.orderer.agreement.domain.Level;

/**
 * A board's tender under LOU or LUF: the requirements from the shared catalogue, the contract
 * sought, how bids are weighed (price against quality), the bids (the in-house production may
 * bid like anyone), the evaluation, the award decision with its standstill period (avtalsspärr)
 * of at least ten days, and, once the standstill is over, the concluded contract, which becomes
 * the board's LOU agreement to sign.
 */
public final class Tender {

    public static final int STANDSTILL_DAYS = 10;
    static final int TEXT_MAX = 2000;
    static final int SHORT_MAX = 200;

    public enum Law { LOU, LUF }

    public enum Status { OPEN, EVALUATED, AWARDED, CONCLUDED }

    /** A bid; the quality score is set by the evaluation. */
    public record Bid(UUID id, String providerId, String providerOrganisationId, String providerName,
                      BigDecimal annualPriceSek, String description, Instant submittedAt, Integer qualityScore) {

        Bid scored(int score) {
            return new Bid(id, providerId, providerOrganisationId, providerName, annualPriceSek, description,
                    submittedAt, score);
        }
    }

    /** The award decision. */
    public record Award(UUID bidId, LocalDate awardedOn, LocalDate standstillEndsOn) {
    }

    /** The tender as a client sends it, unparsed. */
    public record Terms(String reference, String title, String law, String serviceArea, String bidDeadline,
                        String contractStartsOn, String contractEndsOn, BigDecimal estimatedAnnualValueSek,
                        String valueLevel, String impactLevel, Integer priceWeightPercent,
                        List<Rulebook.RequirementTerms> requirements) {
    }

    /** The contract sought. */
    public record Contract(LocalDate startsOn, LocalDate endsOn, BigDecimal estimatedAnnualValueSek, Level valueLevel,
                           Level impactLevel) {
    }

    private final UUID id;
    private final String boardId;
    private final String boardOrganisationId;
    private final String reference;
    private final String title;
    private final Law law;
    private final String serviceArea;
    private final LocalDate bidDeadline;
    private final Contract contract;
    private final int priceWeightPercent;
    private final List<Rulebook.Requirement> requirements;
    private final List<Bid> bids;
    private final boolean evaluated;
    private final Award award;
    private final LocalDate concludedOn;
    private final Instant createdAt;
    private final long version;

    private Tender(UUID id, String boardId, String boardOrganisationId, String reference, String title, Law law,
                   String serviceArea, LocalDate bidDeadline, Contract contract, int priceWeightPercent,
                   List<Rulebook.Requirement> requirements, List<Bid> bids, boolean evaluated, Award award,
                   LocalDate concludedOn, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.boardId = Objects.requireNonNull(boardId);
        this.boardOrganisationId = Objects.requireNonNull(boardOrganisationId);
        this.reference = Objects.requireNonNull(reference);
        this.title = Objects.requireNonNull(title);
        this.law = Objects.requireNonNull(law);
        this.serviceArea = Objects.requireNonNull(serviceArea);
        this.bidDeadline = Objects.requireNonNull(bidDeadline);
        this.contract = Objects.requireNonNull(contract);
        this.priceWeightPercent = priceWeightPercent;
        this.requirements = List.copyOf(requirements);
        this.bids = List.copyOf(bids);
        this.evaluated = evaluated;
        this.award = award;
        this.concludedOn = concludedOn;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static Tender restore(UUID id, String boardId, String boardOrganisationId, String reference, String title,
                                 Law law, String serviceArea, LocalDate bidDeadline, Contract contract,
                                 int priceWeightPercent, List<Rulebook.Requirement> requirements, List<Bid> bids,
                                 boolean evaluated, Award award, LocalDate concludedOn, Instant createdAt,
                                 long version) {
        return new Tender(id, boardId, boardOrganisationId, reference, title, law, serviceArea, bidDeadline, contract,
                priceWeightPercent, requirements, bids, evaluated, award, concludedOn, createdAt, version);
    }

    /** Announces the tender; bids are taken until the deadline. */
    public static Result announce(String boardId, String boardOrganisationId, Terms terms, LocalDate today,
                                  Instant now) {
        Violations violations = new Violations();
        if (violations.require("reference", terms.reference())) {
            violations.maxLength("reference", terms.reference(), SHORT_MAX);
        }
        if (violations.require("title", terms.title())) {
            violations.maxLength("title", terms.title(), SHORT_MAX);
        }
        Law law = violations.oneOf(Law.class, "law", terms.law(), true);
        if (violations.require("serviceArea", terms.serviceArea())
                && Arrays.stream(ServiceAreaCode.values()).noneMatch(code -> code.name().equals(terms.serviceArea().strip()))) {
            violations.add("serviceArea", "one-of", "Okänt verksamhetsområde '" + terms.serviceArea() + "'.");
        }
        LocalDate deadline = violations.date("bidDeadline", terms.bidDeadline(), true);
        if (deadline != null && !deadline.isAfter(today)) {
            violations.add("bidDeadline", "after-today", "Sista anbudsdag måste komma efter i dag (" + today + ").");
        }
        LocalDate starts = violations.date("contractStartsOn", terms.contractStartsOn(), true);
        LocalDate ends = violations.date("contractEndsOn", terms.contractEndsOn(), true);
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            violations.add("contractEndsOn", "after-start", "Avtalet måste sluta efter att det börjar (" + starts + ").");
        }
        if (starts != null && deadline != null && !starts.isAfter(deadline.plusDays(STANDSTILL_DAYS))) {
            violations.add("contractStartsOn", "after-standstill", "Avtalet kan börja tidigast efter sista anbudsdag, "
                    + "utvärdering och " + STANDSTILL_DAYS + " dagars avtalsspärr, alltså efter "
                    + deadline.plusDays(STANDSTILL_DAYS) + ".");
        }
        if (terms.estimatedAnnualValueSek() == null) {
            violations.add("estimatedAnnualValueSek", "required", "Ange det uppskattade värdet per år i kronor.");
        } else if (terms.estimatedAnnualValueSek().signum() < 0) {
            violations.add("estimatedAnnualValueSek", "non-negative", "Värdet kan inte vara negativt.");
        }
        Level value = violations.oneOf(Level.class, "valueLevel", terms.valueLevel(), true);
        Level impact = violations.oneOf(Level.class, "impactLevel", terms.impactLevel(), true);
        if (terms.priceWeightPercent() == null) {
            violations.add("priceWeightPercent", "required", "Ange hur många procent priset väger vid utvärderingen "
                    + "(0–100; resten är kvalitet).");
        } else if (terms.priceWeightPercent() < 0 || terms.priceWeightPercent() > 100) {
            violations.add("priceWeightPercent", "range", "Priset väger mellan 0 och 100 procent.");
        }
        List<Rulebook.Requirement> requirements = Rulebook.requirements(terms.requirements(), violations,
                "Upphandlingsdokumentet");
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(new Tender(UUID.randomUUID(), boardId, boardOrganisationId, terms.reference().strip(),
                terms.title().strip(), law, terms.serviceArea().strip(), deadline, new Contract(starts, ends,
                terms.estimatedAnnualValueSek(), value, impact), terms.priceWeightPercent(), requirements, List.of(),
                false, null, null, now, 0));
    }

    /** A provider bids, once, until the deadline. The in-house production bids like anyone. */
    public Result bid(String providerId, String providerOrganisationId, String providerName, BigDecimal price,
                      String description, LocalDate today, Instant now) {
        Violations violations = new Violations();
        if (today.isAfter(bidDeadline)) {
            violations.add("tender", "deadline", "Sista anbudsdag var " + bidDeadline + "; anbud tas inte emot längre.");
        }
        if (price == null) {
            violations.add("annualPriceSek", "required", "Ange anbudets pris per år i kronor ('annualPriceSek').");
        } else if (price.signum() <= 0) {
            violations.add("annualPriceSek", "positive", "Anbudets pris måste vara större än noll.");
        }
        violations.maxLength("description", description, TEXT_MAX);
        if (bids.stream().anyMatch(bid -> bid.providerId().equals(providerId))) {
            violations.add("providerId", "one-bid", providerName + " har redan lämnat ett anbud.");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        List<Bid> more = new ArrayList<>(bids);
        more.add(new Bid(UUID.randomUUID(), providerId, providerOrganisationId, providerName, price,
                description == null || description.isBlank() ? null : description.strip(), now, null));
        return new Result.Done(with(more, false, null, null));
    }

    /** The board scores every bid's quality from 0 to 100, after the deadline. */
    public Result evaluate(Map<String, Integer> qualityScores, LocalDate today) {
        Violations violations = new Violations();
        if (!today.isAfter(bidDeadline)) {
            violations.add("tender", "after-deadline", "Anbuden utvärderas efter sista anbudsdag (" + bidDeadline + ").");
        }
        if (award != null) {
            violations.add("tender", "awarded", "Tilldelningsbeslutet är redan fattat.");
        }
        if (bids.isEmpty()) {
            violations.add("tender", "no-bids", "Inga anbud har kommit in.");
        }
        Map<String, Integer> scores = qualityScores == null ? Map.of() : qualityScores;
        for (String bidId : scores.keySet()) {
            if (bids.stream().noneMatch(bid -> bid.id().toString().equals(bidId))) {
                violations.add("qualityScores." + bidId, "unknown-bid", "Det finns inget anbud " + bidId + ".");
            }
        }
        for (Bid bid : bids) {
            Integer score = scores.get(bid.id().toString());
            String field = "qualityScores." + bid.id();
            if (score == null) {
                violations.add(field, "required", "Ange kvalitetspoäng (0–100) för anbudet från " + bid.providerName()
                        + ".");
            } else if (score < 0 || score > 100) {
                violations.add(field, "range", "Kvalitetspoängen ska vara mellan 0 och 100.");
            }
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(with(bids.stream().map(bid -> bid.scored(scores.get(bid.id().toString()))).toList(),
                true, null, null));
    }

    /**
     * A bid's total score (0–100): the price part gives the lowest price full points and others in
     * proportion (lowest ÷ price), the quality part the bid's quality score, weighed as announced.
     */
    public BigDecimal score(Bid bid) {
        if (bid.qualityScore() == null) {
            return null;
        }
        BigDecimal lowest = bids.stream().map(Bid::annualPriceSek).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal pricePoints = lowest.multiply(BigDecimal.valueOf(100)).divide(bid.annualPriceSek(), 6,
                RoundingMode.HALF_UP);
        BigDecimal weight = BigDecimal.valueOf(priceWeightPercent);
        return pricePoints.multiply(weight).add(BigDecimal.valueOf(bid.qualityScore())
                        .multiply(BigDecimal.valueOf(100 - priceWeightPercent)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** The evaluated bid with the highest total score; on a tie, the lower price, then the earlier bid. */
    public Optional<Bid> best() {
        if (!evaluated) {
            return Optional.empty();
        }
        return bids.stream().max(Comparator.comparing(this::score)
                .thenComparing(Bid::annualPriceSek, Comparator.reverseOrder())
                .thenComparing(Bid::submittedAt, Comparator.reverseOrder()));
    }

    /**
     * The board awards the contract to the best bid. The standstill runs at least ten days from
     * the decision; the contract may not be concluded during it.
     */
    public Result award(String on, String standstillEndsOn) {
        Violations violations = new Violations();
        if (!evaluated) {
            violations.add("tender", "evaluated", "Anbuden ska utvärderas innan tilldelningsbeslutet fattas.");
        }
        if (award != null) {
            violations.add("tender", "awarded", "Tilldelningsbeslutet är redan fattat (" + award.awardedOn() + ").");
        }
        LocalDate awarded = violations.date("awardedOn", on, true);
        LocalDate standstill = violations.date("standstillEndsOn", standstillEndsOn, false);
        if (awarded != null && awarded.isBefore(bidDeadline)) {
            violations.add("awardedOn", "after-deadline", "Tilldelning sker efter sista anbudsdag (" + bidDeadline + ").");
        }
        if (awarded != null && standstill != null && standstill.isBefore(awarded.plusDays(STANDSTILL_DAYS))) {
            violations.add("standstillEndsOn", "standstill", "Avtalsspärren måste vara minst " + STANDSTILL_DAYS
                    + " dagar efter tilldelningsbeslutet, alltså till " + awarded.plusDays(STANDSTILL_DAYS)
                    + " eller senare.");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        Bid winner = best().orElseThrow();
        return new Result.Done(with(bids, true, new Award(winner.id(), awarded,
                standstill == null ? awarded.plusDays(STANDSTILL_DAYS) : standstill), null));
    }

    /** The contract is concluded with the winner once the standstill is over. */
    public Result conclude(LocalDate today) {
        Violations violations = new Violations();
        if (award == null) {
            violations.add("tender", "awarded", "Kontraktet sluts först efter tilldelningsbeslutet.");
        } else if (!today.isAfter(award.standstillEndsOn())) {
            violations.add("tender", "standstill", "Avtalsspärren pågår till och med " + award.standstillEndsOn()
                    + "; kontraktet får inte slutas dessförinnan.");
        }
        if (concludedOn != null) {
            violations.add("tender", "concluded", "Kontraktet är redan slutet (" + concludedOn + ").");
        }
        if (!violations.isEmpty()) {
            return new Result.Rejected(violations.list());
        }
        return new Result.Done(with(bids, true, award, today));
    }

    public Status status() {
        return concludedOn != null ? Status.CONCLUDED : award != null ? Status.AWARDED
                : evaluated ? Status.EVALUATED : Status.OPEN;
    }

    public Optional<Bid> winner() {
        return award == null ? Optional.empty()
                : bids.stream().filter(bid -> bid.id().equals(award.bidId())).findFirst();
    }

    /** The id the concluded contract's agreement gets: fixed by the tender, so it is drafted once. */
    public String agreementId() {
        return UUID.nameUUIDFromBytes(("tender-contract:" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Tender with(List<Bid> newBids, boolean isEvaluated, Award newAward, LocalDate concluded) {
        return new Tender(id, boardId, boardOrganisationId, reference, title, law, serviceArea, bidDeadline, contract,
                priceWeightPercent, requirements, newBids, isEvaluated, newAward, concluded, createdAt, version + 1);
    }

    public sealed interface Result {
        record Done(Tender tender) implements Result {
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

    public Law law() {
        return law;
    }

    public String serviceArea() {
        return serviceArea;
    }

    public LocalDate bidDeadline() {
        return bidDeadline;
    }

    public Contract contract() {
        return contract;
    }

    public int priceWeightPercent() {
        return priceWeightPercent;
    }

    public List<Rulebook.Requirement> requirements() {
        return requirements;
    }

    public List<Bid> bids() {
        return bids;
    }

    public boolean evaluated() {
        return evaluated;
    }

    public Optional<Award> award() {
        return Optional.ofNullable(award);
    }

    public Optional<LocalDate> concludedOn() {
        return Optional.ofNullable(concludedOn);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
