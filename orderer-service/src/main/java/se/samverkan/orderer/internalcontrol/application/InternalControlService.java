package se.samverkan.orderer.internalcontrol.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.internalcontrol.domain.InternalControlPlan;

/**
 * Use cases of the boards' internal control. A board's officials write their board's plan and
 * its results; the council level (KLK), which compiles the interim and annual reports, and
 * administrators read every plan; to anyone else another board's plan does not exist.
 */
@Service
public class InternalControlService {

    private final InternalControlPlanRepository plans;
    private final BoardService boards;
    private final Clock clock;

    InternalControlService(InternalControlPlanRepository plans, BoardService boards, Clock clock) {
        this.plans = plans;
        this.boards = boards;
        this.clock = clock;
    }

    public Outcome start(String boardId, Integer year, Caller caller) {
        if (boardId == null || boardId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("boardId", "required",
                    "Ange vilken nämnd planen gäller ('boardId').")));
        }
        Board board = boards.find(boardId.strip()).filter(found -> writes(caller, found.organisationId())).orElse(null);
        if (board == null) {
            return new Outcome.NotFound("Nämnden " + boardId + " finns inte.");
        }
        InternalControlPlan.Result result = InternalControlPlan.start(board.id().toString(), board.organisationId(),
                year, clock.instant());
        if (result instanceof InternalControlPlan.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        InternalControlPlan plan = ((InternalControlPlan.Result.Done) result).plan();
        if (!plans.insert(plan)) {
            return new Outcome.Conflict("Nämnden har redan en plan för intern kontroll för " + year + ".");
        }
        return new Outcome.Done(plan);
    }

    public Outcome addRisk(String id, InternalControlPlan.RiskTerms terms, Caller caller) {
        return change(id, caller, plan -> plan.addRisk(terms), "");
    }

    public Outcome removeRisk(String id, String riskId, Caller caller) {
        return parse(riskId).map(risk -> change(id, caller, plan -> plan.removeRisk(risk), "Risken " + riskId))
                .orElseGet(() -> missing(id, caller, "Risken " + riskId));
    }

    public Outcome addControl(String id, String riskId, InternalControlPlan.ControlTerms terms, Caller caller) {
        return parse(riskId).map(risk -> change(id, caller, plan -> plan.addControl(risk, terms), "Risken " + riskId))
                .orElseGet(() -> missing(id, caller, "Risken " + riskId));
    }

    public Outcome decide(String id, String on, String reference, Caller caller) {
        return change(id, caller, plan -> plan.decide(on, reference), "");
    }

    public Outcome recordResult(String id, String controlId, InternalControlPlan.ResultTerms terms, Caller caller) {
        return parse(controlId).map(control -> change(id, caller,
                        plan -> plan.recordResult(control, terms, caller.username()), "Kontrollen " + controlId))
                .orElseGet(() -> missing(id, caller, "Kontrollen " + controlId));
    }

    public Outcome assess(String id, Boolean works, String text, String on, Caller caller) {
        return change(id, caller, plan -> plan.assess(works, text, on, caller.username()), "");
    }

    public Optional<InternalControlPlan> find(String id, Caller caller) {
        return parse(id).flatMap(plans::find).filter(plan -> reads(caller, plan.boardOrganisationId()));
    }

    public Page<InternalControlPlan> list(String boardId, Integer year, Caller caller, Pageable pageable) {
        String only = caller.hasAny(COUNCIL_ANALYST, ADMINISTRATOR) ? null
                : caller.organisation() == null ? "" : caller.organisation();
        return plans.list(boardId, year, only, pageable);
    }

    private Outcome change(String id, Caller caller, Function<InternalControlPlan, InternalControlPlan.Result> act,
                           String part) {
        InternalControlPlan plan = find(id, caller).filter(found -> writes(caller, found.boardOrganisationId()))
                .orElse(null);
        if (plan == null) {
            return new Outcome.NotFound("Planen " + id + " finns inte.");
        }
        InternalControlPlan.Result result = act.apply(plan);
        if (result instanceof InternalControlPlan.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        if (result instanceof InternalControlPlan.Result.NotFound) {
            return new Outcome.NotFound(part + " finns inte i planen.");
        }
        InternalControlPlan changed = ((InternalControlPlan.Result.Done) result).plan();
        if (!plans.update(changed, plan.version())) {
            return new Outcome.Conflict("Planen ändrades samtidigt av någon annan. Läs om den och försök igen.");
        }
        return new Outcome.Done(changed);
    }

    private Outcome missing(String id, Caller caller, String part) {
        return find(id, caller).filter(plan -> writes(caller, plan.boardOrganisationId()))
                .<Outcome>map(plan -> new Outcome.NotFound(part + " finns inte i planen."))
                .orElseGet(() -> new Outcome.NotFound("Planen " + id + " finns inte."));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    private static boolean writes(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }

    private static boolean reads(Caller caller, String boardOrganisationId) {
        return caller.hasAny(COUNCIL_ANALYST) || writes(caller, boardOrganisationId);
    }

    public sealed interface Outcome {
        record Done(InternalControlPlan plan) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String detail) implements Outcome {
        }

        record Conflict(String detail) implements Outcome {
        }
    }
}
