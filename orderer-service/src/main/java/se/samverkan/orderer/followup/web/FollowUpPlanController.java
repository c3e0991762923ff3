package se.samverkan.orderer.followup.web;

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
import se.samverkan.orderer.followup.application.FollowUpPlanService;
import se.samverkan.orderer.followup.domain.FollowUpItem;
import se.samverkan.orderer.followup.domain.FollowUpPlan;

/** The boards' annual follow-up plans (uppföljningsplaner). */
@RestController
@RequestMapping("/api/v1/follow-up-plans")
class FollowUpPlanController {

    private static final Map<String, String> SORTABLE = Map.of("year", "year", "createdAt", "createdAt");

    private final FollowUpPlanService plans;

    FollowUpPlanController(FollowUpPlanService plans) {
        this.plans = plans;
    }

    @PostMapping
    ResponseEntity<?> start(@RequestBody StartRequest request, Caller caller) {
        FollowUpPlanService.Outcome outcome = plans.start(request.boardId(), request.year(), caller);
        if (outcome instanceof FollowUpPlanService.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/follow-up-plans/" + done.plan().id()))
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

    @PostMapping("/{id}/items")
    ResponseEntity<?> addItem(@PathVariable String id, @RequestBody FollowUpPlan.ItemTerms item, Caller caller) {
        return answer(plans.addItem(id, item, caller));
    }

    @DeleteMapping("/{id}/items/{itemId}")
    ResponseEntity<?> removeItem(@PathVariable String id, @PathVariable String itemId, Caller caller) {
        return answer(plans.removeItem(id, itemId, caller));
    }

    @PostMapping("/{id}/decide")
    ResponseEntity<?> decide(@PathVariable String id, @RequestBody DecideRequest request, Caller caller) {
        return answer(plans.decide(id, request.decidedOn(), request.reference(), caller));
    }

    private static ResponseEntity<?> answer(FollowUpPlanService.Outcome outcome) {
        if (outcome instanceof FollowUpPlanService.Outcome.Done done) {
            return ResponseEntity.ok(PlanResponse.of(done.plan()));
        }
        if (outcome instanceof FollowUpPlanService.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof FollowUpPlanService.Outcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        return ResponseEntity.status(409).body(Problems.conflict(((FollowUpPlanService.Outcome.Conflict) outcome)
                .detail()));
    }

    record StartRequest(String boardId, Integer year) {
    }

    record DecideRequest(String decidedOn, String reference) {
    }

    record PlanResponse(String id, String boardId, String boardOrganisationId, int year, String status,
                        LocalDate decidedOn, String decisionReference, List<ItemResponse> items, Instant createdAt,
                        long version) {

        static PlanResponse of(FollowUpPlan plan) {
            return new PlanResponse(plan.id().toString(), plan.boardId(), plan.boardOrganisationId(), plan.year(),
                    plan.decided() ? "DECIDED" : "DRAFT", plan.decidedOn().orElse(null),
                    plan.decisionReference().orElse(null), plan.items().stream().map(ItemResponse::of).toList(),
                    plan.createdAt(), plan.version());
        }
    }

    record ItemResponse(String id, String providerId, String providerName, String what, String form,
                        String responsible, String interval, List<String> feedbackTo, String cause) {

        static ItemResponse of(FollowUpItem item) {
            return new ItemResponse(item.id().toString(), item.providerId(), item.providerName(), item.what(),
                    item.form().name(), item.responsible(), item.interval().name(),
                    item.feedbackTo().stream().map(Enum::name).toList(),
                    item.cause() == null ? null : item.cause().name());
        }
    }
}
