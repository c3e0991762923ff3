package se.samverkan.producer.insight.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.producer.insight.application.InsightPackages;
import se.samverkan.producer.insight.domain.InsightPackage;

/** Public-insight packages (insynsuppgifter): what boards request of providers, and what was delivered. */
@RestController
class InsightController {

    private static final Map<String, String> SORTABLE = Map.of("dueOn", "dueOn", "requestedOn", "requestedOn",
            "title", "title");

    private final InsightPackages packages;

    InsightController(InsightPackages packages) {
        this.packages = packages;
    }

    @PostMapping("/api/v1/providers/{id}/insight-packages")
    ResponseEntity<?> request(@PathVariable String id, @RequestBody InsightPackage.Request request, Caller caller) {
        InsightPackages.Outcome outcome = packages.request(id, request, caller);
        if (outcome instanceof InsightPackages.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/insight-packages/" + done.insightPackage().id()))
                    .body(PackageResponse.of(done.insightPackage(), packages.today()));
        }
        return answer(outcome);
    }

    @GetMapping("/api/v1/insight-packages")
    PageResponse<PackageResponse> list(@RequestParam(required = false) String providerId,
                                       @RequestParam(required = false) Boolean overdue,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) String sort, Caller caller) {
        LocalDate today = packages.today();
        return PageResponse.of(packages.list(providerId == null || providerId.isBlank() ? null : providerId.strip(),
                Boolean.TRUE.equals(overdue), caller, PageRequests.of(page, size, sort == null ? "dueOn" : sort,
                        SORTABLE)), found -> PackageResponse.of(found, today));
    }

    @GetMapping("/api/v1/insight-packages/{packageId}")
    ResponseEntity<?> get(@PathVariable String packageId, Caller caller) {
        return packages.find(packageId, caller)
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(PackageResponse.of(found, packages.today())))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Begäran " + packageId
                        + " finns inte.")));
    }

    @PostMapping("/api/v1/insight-packages/{packageId}/items/{itemId}/delivery")
    ResponseEntity<?> deliver(@PathVariable String packageId, @PathVariable String itemId,
                              @RequestBody DeliveryRequest request, Caller caller) {
        return answer(packages.deliver(packageId, itemId, request.content(), caller));
    }

    private ResponseEntity<?> answer(InsightPackages.Outcome outcome) {
        if (outcome instanceof InsightPackages.Outcome.Done done) {
            return ResponseEntity.ok(PackageResponse.of(done.insightPackage(), packages.today()));
        }
        if (outcome instanceof InsightPackages.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof InsightPackages.Outcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        if (outcome instanceof InsightPackages.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        return ResponseEntity.status(409).body(Problems.conflict(((InsightPackages.Outcome.Conflict) outcome)
                .detail()));
    }

    record DeliveryRequest(String content) {
    }

    record PackageResponse(String id, String providerId, String boardOrganisationId, String agreementId, String title,
                           LocalDate requestedOn, LocalDate dueOn, String status, boolean overdue,
                           List<InsightPackage.Item> items, long version) {

        static PackageResponse of(InsightPackage p, LocalDate today) {
            return new PackageResponse(p.id().toString(), p.providerId(), p.boardOrganisationId(), p.agreementId(),
                    p.title(), p.requestedOn(), p.dueOn(), p.status().name(), p.overdue(today), p.items(),
                    p.version());
        }
    }
}
