package se.samverkan.orderer.goal.web;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
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

import se.samverkan.contracts.goal.GoalAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.goal.application.AdoptCouncilGoals;
import se.samverkan.orderer.goal.application.CouncilGoalsQueries;
import se.samverkan.orderer.goal.application.ReviseCouncilGoals;
import se.samverkan.orderer.goal.domain.CouncilGoal;
import se.samverkan.orderer.goal.domain.CouncilGoals;
import se.samverkan.orderer.goal.domain.Drafts.CouncilGoalDraft;

@RestController
@RequestMapping("/api/v1/council-goals")
class CouncilGoalsController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("mandatePeriod", "firstYear");
    }

    private final AdoptCouncilGoals adopt;
    private final ReviseCouncilGoals revise;
    private final CouncilGoalsQueries queries;

    CouncilGoalsController(AdoptCouncilGoals adopt, ReviseCouncilGoals revise, CouncilGoalsQueries queries) {
        this.adopt = adopt;
        this.revise = revise;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<?> adopt(@RequestBody AdoptCouncilGoalsRequest request, Caller caller) {
        AdoptCouncilGoals.Outcome outcome = adopt.handle(new AdoptCouncilGoals.Command(request.mandatePeriod(),
                request.vision(), request.councilProgramme(), CouncilGoalRequest.drafts(request.goals()), caller));
        if (outcome instanceof AdoptCouncilGoals.Outcome.Adopted adopted) {
            CouncilGoals goals = adopted.councilGoals();
            return ResponseEntity.created(URI.create("/api/v1/council-goals/" + goals.mandatePeriod()))
                    .body(CouncilGoalsResponse.of(goals));
        }
        if (outcome instanceof AdoptCouncilGoals.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        String period = ((AdoptCouncilGoals.Outcome.AlreadyAdopted) outcome).mandatePeriod();
        return ResponseEntity.status(409).body(Problems.conflict("Kommunfullmäktiges mål för mandatperioden " + period
                + " finns redan. Revidera dem med PUT /api/v1/council-goals/" + period + "."));
    }

    @PutMapping("/{mandatePeriod}")
    ResponseEntity<?> revise(@PathVariable String mandatePeriod, @RequestBody ReviseCouncilGoalsRequest request,
                             Caller caller) {
        ReviseCouncilGoals.Outcome outcome = revise.handle(new ReviseCouncilGoals.Command(mandatePeriod,
                request.version(), request.vision(), request.councilProgramme(),
                CouncilGoalRequest.drafts(request.goals()), caller));
        if (outcome instanceof ReviseCouncilGoals.Outcome.Revised revised) {
            return ResponseEntity.ok(CouncilGoalsResponse.of(revised.councilGoals()));
        }
        if (outcome instanceof ReviseCouncilGoals.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof ReviseCouncilGoals.Outcome.NoSuchCouncilGoals) {
            return ResponseEntity.status(404).body(notFound(mandatePeriod));
        }
        if (outcome instanceof ReviseCouncilGoals.Outcome.GoalsServed served) {
            return ResponseEntity.status(409).body(Problems.conflict("Revideringen tar bort KF-mål som nämndmål utgår"
                    + " från: " + String.join(", ", served.goalsAndBoards()) + ". Behåll målen (ange deras id) eller"
                    + " revidera nämndmålen först."));
        }
        long read = ((ReviseCouncilGoals.Outcome.ChangedMeanwhile) outcome).readVersion();
        return ResponseEntity.status(409).body(Problems.conflict("Målen har ändrats sedan version " + read
                + " som du utgick från. Läs om dem och gör om ändringen."));
    }

    @GetMapping
    PageResponse<CouncilGoalsResponse> list(@RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) String sort) {
        return PageResponse.of(queries.list(PageRequests.of(page, size, sort, SORTABLE)), CouncilGoalsResponse::of);
    }

    @GetMapping("/{mandatePeriod}")
    ResponseEntity<?> get(@PathVariable String mandatePeriod) {
        return queries.find(mandatePeriod).<ResponseEntity<?>>map(goals -> ResponseEntity.ok(CouncilGoalsResponse.of(goals)))
                .orElseGet(() -> ResponseEntity.status(404).body(notFound(mandatePeriod)));
    }

    private static ProblemDetail notFound(String mandatePeriod) {
        return Problems.notFound("Kommunfullmäktige har inga mål för mandatperioden " + mandatePeriod + ".");
    }

    record AdoptCouncilGoalsRequest(String mandatePeriod, String vision, String councilProgramme,
                                    List<CouncilGoalRequest> goals) {
    }

    /** @param version the version the revision starts from, as read */
    record ReviseCouncilGoalsRequest(Long version, String vision, String councilProgramme,
                                     List<CouncilGoalRequest> goals) {
    }

    /** @param id on a revision, the id of a goal that is kept; left out for a new goal */
    record CouncilGoalRequest(String id, String title, String description, String goalArea) {

        static List<CouncilGoalDraft> drafts(List<CouncilGoalRequest> goals) {
            return goals == null ? null : goals.stream().map(goal -> goal == null ? null
                    : new CouncilGoalDraft(goal.id(), goal.title(), goal.description(), goal.goalArea())).toList();
        }
    }

    record CouncilGoalsResponse(String mandatePeriod, int firstYear, int lastYear, String vision,
                                String councilProgramme, List<GoalAreaResponse> goalAreas,
                                List<CouncilGoalResponse> goals, Instant adoptedAt, Instant revisedAt, long version) {

        static CouncilGoalsResponse of(CouncilGoals goals) {
            return new CouncilGoalsResponse(goals.mandatePeriod().toString(), goals.mandatePeriod().firstYear(),
                    goals.mandatePeriod().lastYear(), goals.vision(), goals.councilProgramme(),
                    Arrays.stream(GoalAreaCode.values()).map(area -> new GoalAreaResponse(area.name(), area.label()))
                            .toList(),
                    goals.goals().stream().map(CouncilGoalResponse::of).toList(), goals.adoptedAt(),
                    goals.revisedAt().orElse(null), goals.version());
        }
    }

    /** One of the three goal areas, with its Swedish label. */
    record GoalAreaResponse(String code, String label) {
    }

    record CouncilGoalResponse(String id, int number, String title, String description, String goalArea,
                               String goalAreaLabel) {

        static CouncilGoalResponse of(CouncilGoal goal) {
            return new CouncilGoalResponse(goal.id().toString(), goal.number(), goal.title(), goal.description(),
                    goal.area().name(), GoalAreaCode.labelOf(goal.area().name()));
        }
    }
}
