package se.samverkan.orderer.procurement.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.LovApplicationAuthorisedV1;
import se.samverkan.contracts.orderer.TenderContractConcludedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.procurement.domain.Tender;
import se.samverkan.orderer.provider.application.ProviderDirectory;
import se.samverkan.orderer.provider.domain.ContractableProvider;

/**
 * Use cases of tenders. A board's officials announce, evaluate, award and conclude their
 * board's tenders; every signed-in user reads a tender (a public procurement); a provider's users,
 * and the production board for the in-house provider, bid for their own provider and see only
 * their own bid; the board, the council level, finance and administrators see every bid.
 */
@Service
public class TenderService {

    private final TenderRepository tenders;
    private final BoardService boards;
    private final ProviderDirectory providers;
    private final Clock clock;

    TenderService(TenderRepository tenders, BoardService boards, ProviderDirectory providers, Clock clock) {
        this.tenders = tenders;
        this.boards = boards;
        this.providers = providers;
        this.clock = clock;
    }

    public Outcome announce(String boardId, Tender.Terms terms, Caller caller) {
        if (boardId == null || boardId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("boardId", "required",
                    "Ange vilken nämnd som upphandlar ('boardId').")));
        }
        Board board = boards.find(boardId.strip()).filter(found -> writes(caller, found.organisationId())).orElse(null);
        if (board == null) {
            return new Outcome.NotFound("Nämnden " + boardId + " finns inte.");
        }
        Tender.Result result = Tender.announce(board.id().toString(), board.organisationId(), terms,
                LocalDate.now(clock), clock.instant());
        if (result instanceof Tender.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Tender tender = ((Tender.Result.Done) result).tender();
        if (!tenders.insert(tender)) {
            return new Outcome.Conflict("Nämnden har redan en upphandling med referensen " + tender.reference() + ".");
        }
        return new Outcome.Done(tender);
    }

    public Outcome bid(String id, String providerId, BigDecimal price, String description, Caller caller) {
        Tender tender = find(id).orElse(null);
        if (tender == null) {
            return new Outcome.NotFound("Upphandlingen " + id + " finns inte.");
        }
        if (providerId == null || providerId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("providerId", "required",
                    "Ange den utförare som lämnar anbudet ('providerId').")));
        }
        ContractableProvider provider = providers.find(providerId.strip())
                .filter(found -> caller.hasAny(ADMINISTRATOR) || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD)
                        && found.organisationId() != null && caller.actsFor(found.organisationId()))
                .orElse(null);
        if (provider == null) {
            return new Outcome.NotFound("Utföraren " + providerId + " finns inte.");
        }
        return change(tender, t -> t.bid(provider.providerId(), provider.organisationId(), provider.name(), price,
                description, LocalDate.now(clock), clock.instant()));
    }

    public Outcome evaluate(String id, Map<String, Integer> qualityScores, Caller caller) {
        return decide(id, caller, tender -> tender.evaluate(qualityScores, LocalDate.now(clock)));
    }

    public Outcome award(String id, String on, String standstillEndsOn, Caller caller) {
        return decide(id, caller, tender -> tender.award(on, standstillEndsOn));
    }

    public Outcome conclude(String id, Caller caller) {
        return decide(id, caller, tender -> tender.conclude(LocalDate.now(clock)));
    }

    public Optional<Tender> find(String id) {
        try {
            return tenders.find(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    public Page<Tender> list(String boardId, String serviceArea, Tender.Status status, Pageable pageable) {
        return tenders.list(boardId, serviceArea, status, pageable);
    }

    /** Whether the caller sees every bid, or only its own provider's. */
    public boolean seesEveryBid(Caller caller, Tender tender) {
        return caller.hasAny(COUNCIL_ANALYST, FINANCE) || writes(caller, tender.boardOrganisationId());
    }

    private Outcome decide(String id, Caller caller, Function<Tender, Tender.Result> act) {
        Tender tender = find(id).filter(found -> writes(caller, found.boardOrganisationId())).orElse(null);
        if (tender == null) {
            return new Outcome.NotFound("Upphandlingen " + id + " finns inte.");
        }
        return change(tender, act);
    }

    private Outcome change(Tender tender, Function<Tender, Tender.Result> act) {
        Tender.Result result = act.apply(tender);
        if (result instanceof Tender.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Tender changed = ((Tender.Result.Done) result).tender();
        List<EventEnvelope<?>> events = changed.status() == Tender.Status.CONCLUDED
                && tender.status() != Tender.Status.CONCLUDED
                ? List.of(EventEnvelope.of(EventTypes.TENDER_CONTRACT_CONCLUDED_V1, clock.instant(),
                changed.boardOrganisationId(), CorrelationId.current(), concluded(changed)))
                : List.of();
        if (!tenders.update(changed, tender.version(), events)) {
            return new Outcome.Conflict("Upphandlingen ändrades samtidigt av någon annan. Läs om den och försök igen.");
        }
        return new Outcome.Done(changed);
    }

    private static TenderContractConcludedV1 concluded(Tender tender) {
        Tender.Bid winner = tender.winner().orElseThrow();
        Tender.Award award = tender.award().orElseThrow();
        return new TenderContractConcludedV1(tender.id().toString(), tender.agreementId(), tender.boardId(),
                tender.boardOrganisationId(), winner.providerId(), winner.providerOrganisationId(), tender.law().name(),
                tender.serviceArea(), tender.reference(), tender.title() + ", " + winner.providerName(),
                tender.contract().startsOn().toString(), tender.contract().endsOn().toString(),
                winner.annualPriceSek().toPlainString(), tender.contract().valueLevel().name(),
                tender.contract().impactLevel().name(), award.awardedOn().toString(),
                award.standstillEndsOn().toString(), tender.requirements().stream()
                .map(r -> new LovApplicationAuthorisedV1.RequirementV1(r.category().name(), r.text(),
                        r.followUpMethod().name())).toList(),
                tender.concludedOn().orElseThrow().toString(), tender.version());
    }

    private static boolean writes(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }

    public sealed interface Outcome {
        record Done(Tender tender) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String detail) implements Outcome {
        }

        record Conflict(String detail) implements Outcome {
        }
    }
}
