package se.samverkan.orderer.agreement.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.contracts.orderer.LovApplicationAuthorisedV1;
import se.samverkan.contracts.orderer.TenderContractConcludedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.orderer.agreement.domain.Agreement;
import se.samverkan.orderer.agreement.domain.AgreementId;
import se.samverkan.orderer.agreement.domain.DirectOrderStep;
import se.samverkan.orderer.agreement.domain.ProcurementRoute;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.provider.application.ProviderDirectory;
import se.samverkan.orderer.provider.domain.ContractableProvider;

/** Use cases of agreements: draft, set requirements, record a direct order's approvals, sign, end, read. */
@Service
public class AgreementService {

    /** About how many strategic contracts a board should have at most (002); beyond it the board is warned. */
    public static final int STRATEGIC_GUIDELINE = 10;

    private final AgreementRepository agreements;
    private final BoardService boards;
    private final ProviderDirectory providers;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, BoardService boards, ProviderDirectory providers, Clock clock) {
        this.agreements = agreements;
        this.boards = boards;
        this.providers = providers;
        this.clock = clock;
    }

    public Outcome draft(String boardId, String providerId, Agreement.Terms terms, Caller caller) {
        if (boardId == null || boardId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("boardId", "required",
                    "Ange vilken nämnd avtalet gäller ('boardId').")));
        }
        Board board = boards.find(boardId).filter(found -> AgreementAccess.actsForBoard(caller, found.organisationId()))
                .orElse(null);
        if (board == null) {
            return new Outcome.NoSuchBoard(boardId);
        }
        Optional<ContractableProvider> provider = providerId == null ? Optional.empty() : providers.find(providerId);
        if (provider.isEmpty()) {
            return new Outcome.Rejected(List.of(new Violation("providerId", providerId == null ? "required" : "unknown",
                    providerId == null ? "Ange utföraren ('providerId')."
                            : "Utföraren " + providerId + " är inte känd här. Registrera den först; det kan ta ett "
                              + "ögonblick innan den syns för beställarsidan.")));
        }
        Agreement.Drafting drafting = Agreement.draft(board.id().toString(), board.organisationId(), provider.get(),
                terms, clock.instant());
        if (drafting instanceof Agreement.Drafting.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Agreement agreement = ((Agreement.Drafting.Drafted) drafting).agreement();
        agreements.insert(agreement);
        return new Outcome.Done(agreement, List.of());
    }

    /**
     * Concludes the agreement of a LOV authorisation: drafted with the rulebook's terms under the
     * id the authorisation gave it and signed on the decision day, with its {@code agreement.signed.v1},
     * in one write. A redelivered authorisation finds the agreement there and changes nothing.
     * Terms the rulebook cannot satisfy are a fault (the rulebook was checked when it was
     * written): the event is retried and then parked for an operator.
     */
    public void concludeLovAuthorisation(LovApplicationAuthorisedV1 authorised) {
        AgreementId id = AgreementId.parse(authorised.agreementId()).orElseThrow(() ->
                new IllegalArgumentException("Authorisation " + authorised.applicationId() + " names no agreement id"));
        if (agreements.find(id).isPresent()) {
            return;
        }
        ContractableProvider provider = providers.find(authorised.providerId()).orElseThrow(() ->
                new IllegalStateException("Provider " + authorised.providerId() + " of authorisation "
                        + authorised.applicationId() + " is not known here"));
        Agreement.Terms terms = new Agreement.Terms(authorised.title(), ProcurementRoute.LOV.name(),
                authorised.serviceArea(), authorised.startsOn(), null,
                new BigDecimal(authorised.estimatedAnnualValueSek()), authorised.valueLevel(),
                authorised.impactLevel(), null, authorised.rulebookReference(), null, null, null,
                authorised.requirements().stream().map(r -> new Agreement.RequirementTerms(r.category(), r.text(),
                        r.followUpMethod())).toList());
        Agreement.Drafting drafting = Agreement.draft(id, authorised.boardId(), authorised.boardOrganisationId(),
                provider, terms, clock.instant());
        if (drafting instanceof Agreement.Drafting.Rejected rejected) {
            throw new IllegalStateException("Authorisation " + authorised.applicationId() + " cannot be concluded: "
                    + rejected.violations());
        }
        Agreement.Change signing = ((Agreement.Drafting.Drafted) drafting).agreement()
                .sign(LocalDate.parse(authorised.decidedOn()));
        if (signing instanceof Agreement.Change.Rejected rejected) {
            throw new IllegalStateException("Authorisation " + authorised.applicationId() + " cannot be signed: "
                    + rejected.violations());
        }
        Agreement signed = ((Agreement.Change.Changed) signing).agreement();
        agreements.insertIfAbsent(signed, List.of(EventEnvelope.of(EventTypes.AGREEMENT_SIGNED_V1, clock.instant(),
                signed.boardOrganisationId(), CorrelationId.current(), signed(signed))));
    }

    /**
     * Drafts the agreement of a contract concluded after a tender: route LOU (for LOU and LUF
     * alike), the tender's requirements, the winning price and the award's dates, under the id
     * the tender gave it. The board signs it as any agreement. A redelivery changes nothing.
     */
    public void concludeTenderContract(TenderContractConcludedV1 concluded) {
        AgreementId id = AgreementId.parse(concluded.agreementId()).orElseThrow(() ->
                new IllegalArgumentException("Tender " + concluded.tenderId() + " names no agreement id"));
        if (agreements.find(id).isPresent()) {
            return;
        }
        ContractableProvider provider = providers.find(concluded.providerId()).orElseThrow(() ->
                new IllegalStateException("Provider " + concluded.providerId() + " of tender " + concluded.tenderId()
                        + " is not known here"));
        Agreement.Terms terms = new Agreement.Terms(concluded.title(), ProcurementRoute.LOU.name(),
                concluded.serviceArea(), concluded.startsOn(), concluded.endsOn(),
                new BigDecimal(concluded.annualValueSek()), concluded.valueLevel(), concluded.impactLevel(), null, null,
                concluded.tenderReference(), concluded.awardedOn(), concluded.standstillEndsOn(),
                concluded.requirements().stream().map(r -> new Agreement.RequirementTerms(r.category(), r.text(),
                        r.followUpMethod())).toList());
        Agreement.Drafting drafting = Agreement.draft(id, concluded.boardId(), concluded.boardOrganisationId(),
                provider, terms, clock.instant());
        if (drafting instanceof Agreement.Drafting.Rejected rejected) {
            throw new IllegalStateException("Tender " + concluded.tenderId() + " cannot be drafted: "
                    + rejected.violations());
        }
        agreements.insertIfAbsent(((Agreement.Drafting.Drafted) drafting).agreement(), List.of());
    }

    /**
     * The owning board names the other boards the contract spans, each with its part; each of
     * them then sees it, must cover its provider in its follow-up plan and follows its units up.
     */
    public Outcome shareWith(String id, List<BoardPartRequest> parts, Caller caller) {
        List<Agreement.PartTerms> terms = new ArrayList<>();
        for (BoardPartRequest part : parts == null ? List.<BoardPartRequest>of() : parts) {
            if (part == null) {
                terms.add(null);
                continue;
            }
            Board board = part.boardId() == null ? null : boards.find(part.boardId().strip()).orElse(null);
            terms.add(new Agreement.PartTerms(part.boardId(), board == null ? null : board.organisationId(),
                    board == null ? null : board.name(), part.part()));
        }
        return change(id, caller, agreement -> AgreementAccess.mayChange(caller, agreement),
                agreement -> agreement.shareWith(terms));
    }

    /** A board and its part of a contract, as a client names them. */
    public record BoardPartRequest(String boardId, String part) {
    }

    public Outcome replaceRequirements(String id, List<Agreement.RequirementTerms> requirements, Caller caller) {
        return change(id, caller, agreement -> AgreementAccess.mayChange(caller, agreement),
                agreement -> agreement.replaceRequirements(requirements));
    }

    public Outcome record(String id, String step, String on, String reference, Caller caller) {
        DirectOrderStep parsed;
        try {
            parsed = DirectOrderStep.valueOf(step == null ? "" : step.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return find(id, caller).<Outcome>map(found -> new Outcome.Rejected(List.of(new Violation("step", "one-of",
                    "Okänt steg '" + step + "'. Tillåtna värden: ORDERER_BOARD_APPROVAL, PRODUCTION_BOARD_APPROVAL, "
                    + "ORDERER_HEAD_SIGNATURE, PRODUCTION_HEAD_SIGNATURE."))))
                    .orElseGet(() -> new Outcome.NotFound(id));
        }
        return change(id, caller, agreement -> AgreementAccess.mayRecord(caller, agreement, parsed),
                agreement -> agreement.record(parsed, caller.username(), on, reference));
    }

    public Outcome sign(String id, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        Outcome outcome = change(id, caller, agreement -> AgreementAccess.mayChange(caller, agreement),
                agreement -> agreement.sign(today));
        if (outcome instanceof Outcome.Done done && done.agreement().strategic()) {
            long strategic = agreements.countSignedStrategic(done.agreement().boardOrganisationId());
            if (strategic > STRATEGIC_GUIDELINE) {
                return new Outcome.Done(done.agreement(), List.of("Nämnden har nu " + strategic + " strategiska avtal. "
                        + "Riktvärdet är högst " + STRATEGIC_GUIDELINE + "; se över klassningen av värde och påverkan."));
            }
        }
        return outcome;
    }

    public Outcome terminate(String id, String reason, String on, Caller caller) {
        return change(id, caller, agreement -> AgreementAccess.mayChange(caller, agreement),
                agreement -> agreement.terminate(reason, on));
    }

    /** The agreement, if it exists and the caller may see it. */
    public Optional<Agreement> find(String id, Caller caller) {
        return AgreementId.parse(id).flatMap(agreements::find).filter(agreement -> AgreementAccess.maySee(caller, agreement));
    }

    /**
     * The providers the board has a signed agreement with that runs some time in the year,
     * whatever their form: what the board's follow-up plan must cover.
     */
    public List<ContractableProvider> contractedProviders(String boardOrganisationId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, ContractableProvider> providers = new LinkedHashMap<>();
        for (Agreement agreement : agreements.listSigned(boardOrganisationId)) {
            boolean overlaps = !agreement.startsOn().isAfter(last)
                    && agreement.endsOn().map(end -> !end.isBefore(first)).orElse(true);
            if (overlaps) {
                providers.putIfAbsent(agreement.provider().providerId(), agreement.provider());
            }
        }
        return List.copyOf(providers.values());
    }

    /**
     * Each provider and service area the board has a signed agreement for that runs some time in
     * the year: whose units the board visits and meets in that area.
     */
    public List<ContractedArea> contractedAreas(String boardOrganisationId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, ContractedArea> areas = new LinkedHashMap<>();
        for (Agreement agreement : agreements.listSigned(boardOrganisationId)) {
            boolean overlaps = !agreement.startsOn().isAfter(last)
                    && agreement.endsOn().map(end -> !end.isBefore(first)).orElse(true);
            if (overlaps) {
                areas.putIfAbsent(agreement.provider().providerId() + "|" + agreement.serviceArea(),
                        new ContractedArea(agreement.provider(), agreement.serviceArea()));
            }
        }
        return List.copyOf(areas.values());
    }

    /** A provider the board has a running agreement with, in one service area. */
    public record ContractedArea(ContractableProvider provider, String serviceArea) {
    }

    /** The contract register as the caller may see it. */
    public Page<Agreement> list(AgreementRepository.Filter filter, Caller caller, Pageable pageable) {
        AgreementRepository.Filter visible = filter;
        if (!AgreementAccess.seesAll(caller)) {
            boolean providerSide = caller.hasAny(Role.PROVIDER_USER,
                    Role.PRODUCTION_BOARD);
            String organisation = caller.organisation() == null ? "" : caller.organisation();
            visible = new AgreementRepository.Filter(filter.boardId(), filter.providerId(), filter.route(),
                    filter.status(), filter.strategic(), providerSide ? null : organisation,
                    providerSide ? organisation : null);
        }
        return agreements.list(visible, pageable);
    }

    private Outcome change(String id, Caller caller, Predicate<Agreement> permitted,
                           Function<Agreement, Agreement.Change> act) {
        Agreement agreement = find(id, caller).orElse(null);
        if (agreement == null) {
            return new Outcome.NotFound(id);
        }
        if (!permitted.test(agreement)) {
            return new Outcome.NotPermitted();
        }
        Agreement.Change change = act.apply(agreement);
        if (change instanceof Agreement.Change.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Agreement changed = ((Agreement.Change.Changed) change).agreement();
        if (!agreements.update(changed, agreement.version(), events(agreement, changed, caller))) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Done(changed, List.of());
    }

    private List<EventEnvelope<?>> events(Agreement before, Agreement after, Caller caller) {
        List<EventEnvelope<?>> events = new ArrayList<>();
        if (before.status() != after.status()) {
            switch (after.status()) {
                case SIGNED -> events.add(EventEnvelope.of(EventTypes.AGREEMENT_SIGNED_V1, clock.instant(),
                        after.boardOrganisationId(), CorrelationId.current(), signed(after)));
                case TERMINATED -> events.add(EventEnvelope.of(EventTypes.AGREEMENT_TERMINATED_V1, clock.instant(),
                        after.boardOrganisationId(), CorrelationId.current(), new AgreementTerminatedV1(
                                after.id().toString(), after.boardId(), after.provider().providerId(),
                                after.terminatedOn().map(LocalDate::toString).orElse(null),
                                after.terminationReason().orElse(null), after.version())));
                default -> {
                }
            }
        }
        return events;
    }

    static AgreementSignedV1 signed(Agreement agreement) {
        return new AgreementSignedV1(agreement.id().toString(), agreement.boardId(), agreement.boardOrganisationId(),
                agreement.provider().providerId(), agreement.provider().organisationId(), agreement.route().name(),
                agreement.serviceArea(), agreement.title(), agreement.startsOn().toString(),
                agreement.endsOn().map(LocalDate::toString).orElse(null),
                agreement.annualValueSek().toPlainString(), agreement.strategic(), agreement.legallyBinding(),
                agreement.contractManager().orElse(null), agreement.requirements().stream()
                        .map(r -> new AgreementSignedV1.RequirementV1(r.id().toString(), r.category().name(), r.text(),
                                r.followUpMethod().name())).toList(),
                agreement.signedOn().map(LocalDate::toString).orElse(null), agreement.version());
    }

    public sealed interface Outcome {
        /** Done; {@code warnings} are advice the caller should see (e.g. many strategic contracts). */
        record Done(Agreement agreement, List<String> warnings) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String id) implements Outcome {
        }

        record NoSuchBoard(String boardId) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }

        record ChangedMeanwhile() implements Outcome {
        }
    }
}
