package se.samverkan.orderer.followup.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import se.samverkan.contracts.orderer.FollowUpPlanDecidedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.orderer.agreement.application.AgreementService;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.followup.domain.FollowUpPlan;
import se.samverkan.orderer.followup.domain.FollowUpPlanId;
import se.samverkan.orderer.provider.domain.ContractableProvider;

/**
 * Use cases of the annual follow-up plan. A board's officials write their board's plan; the
 * council level and administrators read every plan; everyone else reads decided plans only (a
 * board's plan, once decided, is a public document), and a draft they may not see does not exist.
 */
@Service
public class FollowUpPlanService {

    private final FollowUpPlanRepository plans;
    private final BoardService boards;
    private final AgreementService agreements;
    private final Clock clock;

    FollowUpPlanService(FollowUpPlanRepository plans, BoardService boards, AgreementService agreements, Clock clock) {
        this.plans = plans;
        this.boards = boards;
        this.agreements = agreements;
        this.clock = clock;
    }

    public Outcome start(String boardId, Integer year, Caller caller) {
        if (boardId == null || boardId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("boardId", "required",
                    "Ange vilken nämnd planen gäller ('boardId').")));
        }
        Board board = boards.find(boardId).filter(found -> writes(caller, found.organisationId())).orElse(null);
        if (board == null) {
            return new Outcome.NotFound("Nämnden " + boardId + " finns inte.");
        }
        FollowUpPlan.Result result = FollowUpPlan.start(board.id().toString(), board.organisationId(), year,
                clock.instant());
        if (result instanceof FollowUpPlan.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        FollowUpPlan plan = ((FollowUpPlan.Result.Done) result).plan();
        if (!plans.insert(plan)) {
            return new Outcome.Conflict("Nämnden har redan en uppföljningsplan för " + year + ".");
        }
        return new Outcome.Done(plan);
    }

    public Outcome addItem(String id, FollowUpPlan.ItemTerms terms, Caller caller) {
        return change(id, caller, plan -> {
            Map<String, String> contracted = new LinkedHashMap<>();
            contracted(plan).forEach(provider -> contracted.put(provider.providerId(), provider.name()));
            return plan.add(terms, contracted);
        });
    }

    public Outcome removeItem(String id, String itemId, Caller caller) {
        UUID item;
        try {
            item = UUID.fromString(itemId);
        } catch (IllegalArgumentException notAnId) {
            return find(id, caller).<Outcome>map(plan -> new Outcome.NotFound("Punkten " + itemId + " finns inte."))
                    .orElseGet(() -> new Outcome.NotFound("Planen " + id + " finns inte."));
        }
        return change(id, caller, plan -> plan.remove(item));
    }

    public Outcome decide(String id, String on, String reference, Caller caller) {
        return change(id, caller, plan -> plan.decide(on, reference, contracted(plan).stream()
                .map(provider -> new FollowUpPlan.ContractedProvider(provider.providerId(), provider.name())).toList()));
    }

    public Optional<FollowUpPlan> find(String id, Caller caller) {
        return FollowUpPlanId.parse(id).flatMap(plans::find).filter(plan -> maySee(caller, plan));
    }

    public Page<FollowUpPlan> list(String boardId, Integer year, Caller caller, Pageable pageable) {
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return plans.list(boardId, year, true, null, pageable);
        }
        // decided plans are public documents; drafts only for the board's own officials
        String ownBoard = caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER) ? caller.organisation() : null;
        return plans.list(boardId, year, false, ownBoard, pageable);
    }

    private List<ContractableProvider> contracted(FollowUpPlan plan) {
        return agreements.contractedProviders(plan.boardOrganisationId(), plan.year());
    }

    private static boolean writes(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }

    private static boolean maySee(Caller caller, FollowUpPlan plan) {
        return plan.decided() || caller.hasAny(COUNCIL_ANALYST, FINANCE) || writes(caller, plan.boardOrganisationId());
    }

    private Outcome change(String id, Caller caller, Function<FollowUpPlan, FollowUpPlan.Result> act) {
        FollowUpPlan plan = find(id, caller).orElse(null);
        if (plan == null) {
            return new Outcome.NotFound("Planen " + id + " finns inte.");
        }
        if (!writes(caller, plan.boardOrganisationId())) {
            // another board's decided plan: readable, but to them there is no such plan to change
            return new Outcome.NotFound("Planen " + id + " finns inte.");
        }
        FollowUpPlan.Result result = act.apply(plan);
        if (result instanceof FollowUpPlan.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        if (result instanceof FollowUpPlan.Result.NoSuchItem) {
            return new Outcome.NotFound("Planen har ingen sådan punkt.");
        }
        FollowUpPlan changed = ((FollowUpPlan.Result.Done) result).plan();
        List<EventEnvelope<?>> events = new ArrayList<>();
        if (changed.decided() && !plan.decided()) {
            events.add(EventEnvelope.of(EventTypes.FOLLOW_UP_PLAN_DECIDED_V1, clock.instant(),
                    changed.boardOrganisationId(), CorrelationId.current(), decided(changed)));
        }
        if (!plans.update(changed, plan.version(), events)) {
            return new Outcome.Conflict("Planen ändrades samtidigt av någon annan. Läs om den och försök igen.");
        }
        return new Outcome.Done(changed);
    }

    private static FollowUpPlanDecidedV1 decided(FollowUpPlan plan) {
        return new FollowUpPlanDecidedV1(plan.id().toString(), plan.boardId(), plan.boardOrganisationId(), plan.year(),
                plan.decidedOn().map(LocalDate::toString).orElse(null), plan.decisionReference().orElse(null),
                plan.items().stream().map(item -> new FollowUpPlanDecidedV1.ItemV1(item.id().toString(),
                        item.providerId(), item.what(), item.form().name(), item.responsible(), item.interval().name(),
                        item.feedbackTo().stream().map(Enum::name).toList())).toList(),
                plan.version());
    }

    public sealed interface Outcome {
        record Done(FollowUpPlan plan) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String detail) implements Outcome {
        }

        record Conflict(String detail) implements Outcome {
        }
    }
}
