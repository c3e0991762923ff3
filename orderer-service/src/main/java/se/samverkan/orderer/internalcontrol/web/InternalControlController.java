package se.samverkan.orderer.internalcontrol.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.internalcontrol.application.InternalControlService;
import se.samverkan.orderer.internalcontrol.domain.Control;
import se.samverkan.orderer.internalcontrol.domain.ControlResult;
import se.samverkan.orderer.internalcontrol.domain.InternalControlPlan;
import se.samverkan.orderer.internalcontrol.domain.Risk;

/** The boards' plans for internal control (intern kontroll): risk analysis, controls, results, assessment. */
@RestController
@RequestMapping("/api/v1/internal-control-plans")
class InternalControlController {

    private static final Map<String, String> SORTABLE = Map.of("year", "year", "createdAt", "createdAt");

    private final InternalControlService plans;

    InternalControlController(InternalControlService plans) {
        this.plans = plans;
    }

    @PostMapping
    ResponseEntity<?> start(@RequestBody StartRequest request, Caller caller) {
        InternalControlService.Outcome outcome = plans.start(request.boardId(), request.year(), caller);
        if (outcome instanceof InternalControlService.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/internal-control-plans/" + done.plan().id()))
                    .body(PlanResponse.of(done.plan()));
        }
        return answer(outcome);
    }

    @GetMapping
    PageResponse<PlanResponse> list(@RequestParam(required = false) String boardId,
                                    @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @RequestParam(required = false) String sort, Caller caller) {
        return PageResponse.of(plans.list(boardId == null || boardId.isBlank() ? null : boardId.strip(), year, caller,
                PageRequests.of(page, size, sort == null ? "year,desc" : sort, SORTABLE)), PlanResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return plans.find(id, caller).<ResponseEntity<?>>map(plan -> ResponseEntity.ok(PlanResponse.of(plan)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Planen " + id + " finns inte.")));
    }

    @PostMapping("/{id}/risks")
    ResponseEntity<?> addRisk(@PathVariable String id, @RequestBody InternalControlPlan.RiskTerms risk,
                              Caller caller) {
        return answer(plans.addRisk(id, risk, caller));
    }

    @DeleteMapping("/{id}/risks/{riskId}")
    ResponseEntity<?> removeRisk(@PathVariable String id, @PathVariable String riskId, Caller caller) {
        return answer(plans.removeRisk(id, riskId, caller));
    }

    @PostMapping("/{id}/risks/{riskId}/controls")
    ResponseEntity<?> addControl(@PathVariable String id, @PathVariable String riskId,
                                 @RequestBody InternalControlPlan.ControlTerms control, Caller caller) {
        return answer(plans.addControl(id, riskId, control, caller));
    }

    @PostMapping("/{id}/decide")
    ResponseEntity<?> decide(@PathVariable String id, @RequestBody DecideRequest request, Caller caller) {
        return answer(plans.decide(id, request.decidedOn(), request.reference(), caller));
    }

    @PostMapping("/{id}/controls/{controlId}/results")
    ResponseEntity<?> recordResult(@PathVariable String id, @PathVariable String controlId,
                                   @RequestBody InternalControlPlan.ResultTerms result, Caller caller) {
        return answer(plans.recordResult(id, controlId, result, caller));
    }

    @PostMapping("/{id}/assessment")
    ResponseEntity<?> assess(@PathVariable String id, @RequestBody AssessRequest request, Caller caller) {
        return answer(plans.assess(id, request.works(), request.text(), request.assessedOn(), caller));
    }

    private static ResponseEntity<?> answer(InternalControlService.Outcome outcome) {
        if (outcome instanceof InternalControlService.Outcome.Done done) {
            return ResponseEntity.ok(PlanResponse.of(done.plan()));
        }
        if (outcome instanceof InternalControlService.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof InternalControlService.Outcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        return ResponseEntity.status(409).body(Problems.conflict(((InternalControlService.Outcome.Conflict) outcome)
                .detail()));
    }

    record StartRequest(String boardId, Integer year) {
    }

    record DecideRequest(String decidedOn, String reference) {
    }

    record AssessRequest(Boolean works, String text, String assessedOn) {
    }

    record RiskResponse(String id, String title, String description, String source, int probability,
                        int consequence, int value, boolean high, List<ControlResponse> controls) {
    }

    record ControlResponse(String id, String what, String method, String responsible, String schedule,
                           List<ControlResult> results) {

        static ControlResponse of(Control c) {
            return new ControlResponse(c.id().toString(), c.what(), c.method(), c.responsible(), c.schedule(),
                    c.results());
        }
    }

    record PlanResponse(String id, String boardId, String boardOrganisationId, int year, String status,
                        LocalDate decidedOn, String decisionReference, List<RiskResponse> risks,
                        InternalControlPlan.Assessment assessment, Instant createdAt, long version) {

        static PlanResponse of(InternalControlPlan plan) {
            List<RiskResponse> risks = plan.risks().stream().map(risk -> risk(plan, risk)).toList();
            String status = plan.assessment().isPresent() ? "ASSESSED" : plan.decided() ? "DECIDED" : "DRAFT";
            return new PlanResponse(plan.id().toString(), plan.boardId(), plan.boardOrganisationId(), plan.year(),
                    status, plan.decision().map(InternalControlPlan.Decision::decidedOn).orElse(null),
                    plan.decision().map(InternalControlPlan.Decision::reference).orElse(null), risks,
                    plan.assessment().orElse(null), plan.createdAt(), plan.version());
        }

        private static RiskResponse risk(InternalControlPlan plan, Risk risk) {
            return new RiskResponse(risk.id().toString(), risk.title(), risk.description(), risk.source().name(),
                    risk.probability(), risk.consequence(), risk.value(), risk.high(),
                    plan.controlsOf(risk.id()).stream().map(ControlResponse::of).toList());
        }
    }
}
