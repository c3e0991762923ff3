package se.samverkan.orderer.goal.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.goal.application.AdoptBoardGoals;
import se.samverkan.orderer.goal.application.BoardGoalsQueries;
import se.samverkan.orderer.goal.application.ReviseBoardGoals;
import se.samverkan.orderer.goal.domain.BoardGoal;
import se.samverkan.orderer.goal.domain.BoardGoals;
import se.samverkan.orderer.goal.domain.CouncilGoalId;
import se.samverkan.orderer.goal.domain.Drafts.BoardGoalDraft;
import se.samverkan.orderer.goal.domain.Drafts.IndicatorDraft;
import se.samverkan.orderer.goal.domain.Drafts.TargetDraft;
import se.samverkan.orderer.goal.domain.Indicator;
import se.samverkan.orderer.goal.domain.MandatePeriod;

@RestController
@RequestMapping("/api/v1")
class BoardGoalsController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    private static final Map<String, String> SORTABLE_OF_BOARD = new LinkedHashMap<>();

    static {
        SORTABLE.put("mandatePeriod", "firstYear");
        SORTABLE.put("boardShortName", "boardShortName");
        SORTABLE_OF_BOARD.put("mandatePeriod", "firstYear");
    }

    private final AdoptBoardGoals adopt;
    private final ReviseBoardGoals revise;
    private final BoardGoalsQueries queries;

    BoardGoalsController(AdoptBoardGoals adopt, ReviseBoardGoals revise, BoardGoalsQueries queries) {
        this.adopt = adopt;
        this.revise = revise;
        this.queries = queries;
    }

    @PostMapping("/boards/{boardId}/goals")
    ResponseEntity<?> adopt(@PathVariable String boardId, @RequestBody AdoptBoardGoalsRequest request, Caller caller) {
        AdoptBoardGoals.Outcome outcome = adopt.handle(new AdoptBoardGoals.Command(boardId, request.mandatePeriod(),
                BoardGoalRequest.drafts(request.goals()), caller));
        if (outcome instanceof AdoptBoardGoals.Outcome.Adopted adopted) {
            BoardGoals goals = adopted.boardGoals();
            return ResponseEntity.created(URI.create("/api/v1/boards/" + boardId + "/goals/" + goals.mandatePeriod()))
                    .body(BoardGoalsResponse.of(goals));
        }
        if (outcome instanceof AdoptBoardGoals.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof AdoptBoardGoals.Outcome.NoSuchBoard) {
            return ResponseEntity.status(404).body(Problems.notFound("Nämnden " + boardId + " finns inte."));
        }
        if (outcome instanceof AdoptBoardGoals.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        AdoptBoardGoals.Outcome.AlreadyAdopted already = (AdoptBoardGoals.Outcome.AlreadyAdopted) outcome;
        return ResponseEntity.status(409).body(Problems.conflict(already.boardShortName() + " har redan nämndmål för"
                + " mandatperioden " + already.mandatePeriod() + ". Revidera dem med PUT /api/v1/boards/" + boardId
                + "/goals/" + already.mandatePeriod() + "."));
    }

    @PutMapping("/boards/{boardId}/goals/{mandatePeriod}")
    ResponseEntity<?> revise(@PathVariable String boardId, @PathVariable String mandatePeriod,
                             @RequestBody ReviseBoardGoalsRequest request, Caller caller) {
        ReviseBoardGoals.Outcome outcome = revise.handle(new ReviseBoardGoals.Command(boardId, mandatePeriod,
                request.version(), BoardGoalRequest.drafts(request.goals()), caller));
        if (outcome instanceof ReviseBoardGoals.Outcome.Revised revised) {
            return ResponseEntity.ok(BoardGoalsResponse.of(revised.boardGoals()));
        }
        if (outcome instanceof ReviseBoardGoals.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof ReviseBoardGoals.Outcome.NoSuchBoardGoals) {
            return ResponseEntity.status(404).body(notFound(boardId, mandatePeriod));
        }
        if (outcome instanceof ReviseBoardGoals.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        long read = ((ReviseBoardGoals.Outcome.ChangedMeanwhile) outcome).readVersion();
        return ResponseEntity.status(409).body(Problems.conflict("Nämndmålen har ändrats sedan version " + read
                + " som du utgick från. Läs om dem och gör om ändringen."));
    }

    @GetMapping("/boards/{boardId}/goals")
    ResponseEntity<?> listOfBoard(@PathVariable String boardId, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size,
                                  @RequestParam(required = false) String sort, Caller caller) {
        return queries.listOfBoard(boardId, caller, PageRequests.of(page, size, sort, SORTABLE_OF_BOARD))
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(PageResponse.of(found, BoardGoalsResponse::of)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Nämnden " + boardId
                        + " finns inte.")));
    }

    @GetMapping("/boards/{boardId}/goals/{mandatePeriod}")
    ResponseEntity<?> get(@PathVariable String boardId, @PathVariable String mandatePeriod, Caller caller) {
        return queries.find(boardId, mandatePeriod, caller)
                .<ResponseEntity<?>>map(goals -> ResponseEntity.ok(BoardGoalsResponse.of(goals)))
                .orElseGet(() -> ResponseEntity.status(404).body(notFound(boardId, mandatePeriod)));
    }

    @GetMapping("/board-goals")
    ResponseEntity<?> list(@RequestParam(required = false) String mandatePeriod,
                           @RequestParam(required = false) String councilGoalId,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        List<Violation> violations = new ArrayList<>();
        MandatePeriod period = null;
        if (mandatePeriod != null && !mandatePeriod.isBlank()) {
            period = MandatePeriod.parse(mandatePeriod).orElse(null);
            if (period == null) {
                violations.add(new Violation("mandatePeriod", "mandate-period", "'" + mandatePeriod
                        + "' är ingen mandatperiod. Skriv t.ex. 2023-2026."));
            }
        }
        CouncilGoalId councilGoal = null;
        if (councilGoalId != null && !councilGoalId.isBlank()) {
            councilGoal = CouncilGoalId.parse(councilGoalId).orElse(null);
            if (councilGoal == null) {
                violations.add(new Violation("councilGoalId", "format", "'" + councilGoalId
                        + "' är inget id för ett KF-mål."));
            }
        }
        if (!violations.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.validation(violations));
        }
        return ResponseEntity.ok(PageResponse.of(queries.list(period, councilGoal, caller,
                PageRequests.of(page, size, sort, SORTABLE)), BoardGoalsResponse::of));
    }

    private static ProblemDetail notFound(String boardId, String mandatePeriod) {
        return Problems.notFound("Nämnden " + boardId + " har inga nämndmål för mandatperioden " + mandatePeriod + ".");
    }

    record AdoptBoardGoalsRequest(String mandatePeriod, List<BoardGoalRequest> goals) {
    }

    /** @param version the version the revision starts from, as read */
    record ReviseBoardGoalsRequest(Long version, List<BoardGoalRequest> goals) {
    }

    /** @param id on a revision, the id of a board goal that is kept; left out for a new one */
    record BoardGoalRequest(String id, String title, String description, String councilGoalId,
                            List<IndicatorRequest> indicators) {

        static List<BoardGoalDraft> drafts(List<BoardGoalRequest> goals) {
            return goals == null ? null : goals.stream().map(goal -> goal == null ? null
                    : new BoardGoalDraft(goal.id(), goal.title(), goal.description(), goal.councilGoalId(),
                    IndicatorRequest.drafts(goal.indicators()))).toList();
        }
    }

    /**
     * @param id          on a revision, the id of an indicator that is kept; left out for a new one
     * @param measureCode the statistics measure the indicator is measured by, optional
     * @param aggregation how the units' figures are combined: SUM, AVERAGE or WEIGHTED_AVERAGE, optional
     */
    record IndicatorRequest(String id, String name, String unit, String direction, Boolean concernsPeople,
                            List<String> breakdowns, List<TargetRequest> targets, String measureCode,
                            String aggregation) {

        static List<IndicatorDraft> drafts(List<IndicatorRequest> indicators) {
            return indicators == null ? null : indicators.stream().map(indicator -> indicator == null ? null
                    : new IndicatorDraft(indicator.id(), indicator.name(), indicator.unit(), indicator.direction(),
                    indicator.concernsPeople(), indicator.breakdowns(), TargetRequest.drafts(indicator.targets()),
                    indicator.measureCode(), indicator.aggregation())).toList();
        }
    }

    record TargetRequest(Integer year, BigDecimal value) {

        static List<TargetDraft> drafts(List<TargetRequest> targets) {
            return targets == null ? null : targets.stream()
                    .map(target -> target == null ? null : new TargetDraft(target.year(), target.value())).toList();
        }
    }

    record BoardGoalsResponse(String boardId, String boardShortName, String boardOrganisationId, String mandatePeriod,
                              List<BoardGoalResponse> goals, Instant adoptedAt, Instant revisedAt, long version) {

        static BoardGoalsResponse of(BoardGoals goals) {
            return new BoardGoalsResponse(goals.board().id().toString(), goals.board().shortName(),
                    goals.board().organisationId(), goals.mandatePeriod().toString(),
                    goals.goals().stream().map(BoardGoalResponse::of).toList(), goals.adoptedAt(),
                    goals.revisedAt().orElse(null), goals.version());
        }
    }

    record BoardGoalResponse(String id, String title, String description, String councilGoalId,
                             List<IndicatorResponse> indicators) {

        static BoardGoalResponse of(BoardGoal goal) {
            return new BoardGoalResponse(goal.id().toString(), goal.title(), goal.description(),
                    goal.councilGoalId().toString(), goal.indicators().stream().map(IndicatorResponse::of).toList());
        }
    }

    record IndicatorResponse(String id, String name, String unit, String direction, boolean concernsPeople,
                             List<String> breakdowns, List<TargetResponse> targets, String measureCode,
                             String aggregation) {

        static IndicatorResponse of(Indicator indicator) {
            return new IndicatorResponse(indicator.id().toString(), indicator.name(), indicator.unit(),
                    indicator.direction().name(), indicator.concernsPeople(),
                    indicator.breakdowns().stream().map(Enum::name).toList(),
                    indicator.targets().stream().map(target -> new TargetResponse(target.year(), target.value()))
                            .toList(), indicator.measureCode(),
                    indicator.aggregation() == null ? null : indicator.aggregation().name());
        }
    }

    record TargetResponse(int year, BigDecimal value) {
    }
}
