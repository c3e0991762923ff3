package se.samverkan.orderer.procurement.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.procurement.application.LovService;
import se.samverkan.orderer.procurement.domain.LovApplication;
import se.samverkan.orderer.procurement.domain.Rulebook;

/** The boards' LOV choice systems: rulebooks (förfrågningsunderlag) and providers' applications. */
@RestController
class LovController {

    private static final Map<String, String> RULEBOOK_SORT = Map.of("reference", "reference", "openFrom", "openFrom",
            "createdAt", "createdAt");
    private static final Map<String, String> APPLICATION_SORT = Map.of("submittedAt", "submittedAt",
            "providerName", "providerName", "status", "status");

    private final LovService lov;

    LovController(LovService lov) {
        this.lov = lov;
    }

    @PostMapping("/api/v1/rulebooks")
    ResponseEntity<?> publish(@RequestBody PublishRequest request, Caller caller) {
        LovService.RulebookOutcome outcome = lov.publish(request.boardId(), request.terms(), caller);
        if (outcome instanceof LovService.RulebookOutcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/rulebooks/" + done.rulebook().id()))
                    .body(RulebookResponse.of(done.rulebook()));
        }
        return rulebookAnswer(outcome);
    }

    @GetMapping("/api/v1/rulebooks")
    PageResponse<RulebookResponse> rulebooks(@RequestParam(required = false) String boardId,
                                             @RequestParam(required = false) String serviceArea,
                                             @RequestParam(required = false) Boolean open,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) String sort) {
        return PageResponse.of(lov.listRulebooks(blank(boardId), blank(serviceArea), open,
                PageRequests.of(page, size, sort == null ? "openFrom,desc" : sort, RULEBOOK_SORT)),
                RulebookResponse::of);
    }

    @GetMapping("/api/v1/rulebooks/{id}")
    ResponseEntity<?> rulebook(@PathVariable String id) {
        return lov.findRulebook(id).<ResponseEntity<?>>map(found -> ResponseEntity.ok(RulebookResponse.of(found)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Förfrågningsunderlaget " + id
                        + " finns inte.")));
    }

    @PostMapping("/api/v1/rulebooks/{id}/close")
    ResponseEntity<?> close(@PathVariable String id, @RequestBody CloseRequest request, Caller caller) {
        return rulebookAnswer(lov.close(id, request.closedOn(), caller));
    }

    @PostMapping("/api/v1/lov-applications")
    ResponseEntity<?> apply(@RequestBody ApplyRequest request, Caller caller) {
        LovService.ApplicationOutcome outcome = lov.apply(request.rulebookId(), request.providerId(),
                request.motivation(), caller);
        if (outcome instanceof LovService.ApplicationOutcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/lov-applications/" + done.application().id()))
                    .body(ApplicationResponse.of(done.application()));
        }
        return applicationAnswer(outcome);
    }

    @GetMapping("/api/v1/lov-applications")
    ResponseEntity<?> applications(@RequestParam(required = false) String rulebookId,
                                   @RequestParam(required = false) String status,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) String sort, Caller caller) {
        LovApplication.Status parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = LovApplication.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("status", "one-of",
                        "Okänd status '" + status + "'. Tillåtna värden: SUBMITTED, AUTHORISED, REFUSED."))));
            }
        }
        return ResponseEntity.ok(PageResponse.of(lov.listApplications(blank(rulebookId), parsed, caller,
                PageRequests.of(page, size, sort == null ? "submittedAt,desc" : sort, APPLICATION_SORT)),
                ApplicationResponse::of));
    }

    @GetMapping("/api/v1/lov-applications/{id}")
    ResponseEntity<?> application(@PathVariable String id, Caller caller) {
        return lov.findApplication(id, caller)
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(ApplicationResponse.of(found)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Ansökan " + id + " finns inte.")));
    }

    @PostMapping("/api/v1/lov-applications/{id}/authorise")
    ResponseEntity<?> authorise(@PathVariable String id, @RequestBody AuthoriseRequest request, Caller caller) {
        return applicationAnswer(lov.authorise(id, request.decidedOn(), request.startsOn(), caller));
    }

    @PostMapping("/api/v1/lov-applications/{id}/refuse")
    ResponseEntity<?> refuse(@PathVariable String id, @RequestBody RefuseRequest request, Caller caller) {
        return applicationAnswer(lov.refuse(id, request.decidedOn(), request.reasons(), caller));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ResponseEntity<?> rulebookAnswer(LovService.RulebookOutcome outcome) {
        if (outcome instanceof LovService.RulebookOutcome.Done done) {
            return ResponseEntity.ok(RulebookResponse.of(done.rulebook()));
        }
        if (outcome instanceof LovService.RulebookOutcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof LovService.RulebookOutcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        return ResponseEntity.status(409).body(Problems.conflict(((LovService.RulebookOutcome.Conflict) outcome)
                .detail()));
    }

    private static ResponseEntity<?> applicationAnswer(LovService.ApplicationOutcome outcome) {
        if (outcome instanceof LovService.ApplicationOutcome.Done done) {
            return ResponseEntity.ok(ApplicationResponse.of(done.application()));
        }
        if (outcome instanceof LovService.ApplicationOutcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof LovService.ApplicationOutcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        return ResponseEntity.status(409).body(Problems.conflict(((LovService.ApplicationOutcome.Conflict) outcome)
                .detail()));
    }

    record PublishRequest(String boardId, String reference, String title, String serviceArea, String openFrom,
                          BigDecimal estimatedAnnualValueSek, String valueLevel, String impactLevel,
                          String compensation, List<Rulebook.RequirementTerms> requirements) {

        Rulebook.Terms terms() {
            return new Rulebook.Terms(reference, title, serviceArea, openFrom, estimatedAnnualValueSek, valueLevel,
                    impactLevel, compensation, requirements);
        }
    }

    record CloseRequest(String closedOn) {
    }

    record ApplyRequest(String rulebookId, String providerId, String motivation) {
    }

    record AuthoriseRequest(String decidedOn, String startsOn) {
    }

    record RefuseRequest(String decidedOn, List<String> reasons) {
    }

    record RulebookResponse(String id, String boardId, String reference, String title, String serviceArea,
                            LocalDate openFrom, BigDecimal estimatedAnnualValueSek, String valueLevel,
                            String impactLevel, String compensation, List<Rulebook.Requirement> requirements,
                            boolean open, LocalDate closedOn, Instant createdAt, long version) {

        static RulebookResponse of(Rulebook r) {
            return new RulebookResponse(r.id().toString(), r.boardId(), r.reference(), r.title(), r.serviceArea(),
                    r.openFrom(), r.estimatedAnnualValueSek(), r.valueLevel().name(), r.impactLevel().name(),
                    r.compensation(), r.requirements(), r.open(), r.closedOn().orElse(null), r.createdAt(),
                    r.version());
        }
    }

    record ApplicationResponse(String id, String rulebookId, String rulebookReference, String boardId,
                               String serviceArea, String providerId, String providerName, String motivation,
                               Instant submittedAt, String submittedBy, String status, LocalDate decidedOn,
                               LocalDate startsOn, List<String> reasons, String agreementId, long version) {

        static ApplicationResponse of(LovApplication a) {
            LovApplication.Decision decision = a.decision().orElse(null);
            return new ApplicationResponse(a.id().toString(), a.rulebook().rulebookId(), a.rulebook().reference(),
                    a.rulebook().boardId(), a.rulebook().serviceArea(), a.applicant().providerId(),
                    a.applicant().name(), a.motivation(), a.submittedAt(), a.submittedBy(), a.status().name(),
                    decision == null ? null : decision.decidedOn(), decision == null ? null : decision.startsOn(),
                    decision == null ? List.of() : decision.reasons(),
                    a.status() == LovApplication.Status.AUTHORISED ? a.agreementId() : null, a.version());
        }
    }
}
