package se.samverkan.orderer.escalation.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
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
import se.samverkan.orderer.escalation.application.EscalationService;
import se.samverkan.orderer.escalation.domain.Escalation;

/** Escalations (eskalering) of disagreements between orderer and provider to the municipal leadership. */
@RestController
@RequestMapping("/api/v1/escalations")
class EscalationController {

    private static final Map<String, String> SORTABLE = Map.of("raisedAt", "raisedAt");

    private final EscalationService escalations;

    EscalationController(EscalationService escalations) {
        this.escalations = escalations;
    }

    @PostMapping
    ResponseEntity<?> raise(@RequestBody RaiseRequest request, Caller caller) {
        EscalationService.Outcome outcome = escalations.raise(request.agreementId(), request.topic(),
                request.description(), caller);
        if (outcome instanceof EscalationService.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/escalations/" + done.escalation().id()))
                    .body(EscalationResponse.of(done.escalation()));
        }
        return answer(outcome);
    }

    @GetMapping
    PageResponse<EscalationResponse> list(@RequestParam(required = false) String agreementId,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) String sort, Caller caller) {
        return PageResponse.of(escalations.list(agreementId == null || agreementId.isBlank() ? null : agreementId.strip(),
                caller, PageRequests.of(page, size, sort == null ? "raisedAt,desc" : sort, SORTABLE)),
                EscalationResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return escalations.find(id, caller)
                .<ResponseEntity<?>>map(escalation -> ResponseEntity.ok(EscalationResponse.of(escalation)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Ärendet " + id + " finns inte.")));
    }

    @PostMapping("/{id}/decisions")
    ResponseEntity<?> decide(@PathVariable String id, @RequestBody DecisionRequest request, Caller caller) {
        return answer(escalations.decide(id, request.level(), request.outcome(), request.text(), request.reference(),
                request.decidedOn(), caller));
    }

    private static ResponseEntity<?> answer(EscalationService.Outcome outcome) {
        if (outcome instanceof EscalationService.Outcome.Done done) {
            return ResponseEntity.ok(EscalationResponse.of(done.escalation()));
        }
        if (outcome instanceof EscalationService.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof EscalationService.Outcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        if (outcome instanceof EscalationService.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        return ResponseEntity.status(409).body(Problems.conflict(((EscalationService.Outcome.Conflict) outcome)
                .detail()));
    }

    record RaiseRequest(String agreementId, String topic, String description) {
    }

    record DecisionRequest(String level, String outcome, String text, String reference, String decidedOn) {
    }

    record EscalationResponse(String id, String agreementId, String boardId, String boardOrganisationId,
                              String providerId, String providerOrganisationId, String topic, String description,
                              String raisedBy, String raisedByUser, Instant raisedAt, String status,
                              List<Escalation.Decision> decisions, long version) {

        static EscalationResponse of(Escalation e) {
            Escalation.Parties p = e.parties();
            return new EscalationResponse(e.id().toString(), p.agreementId(), p.boardId(), p.boardOrganisationId(),
                    p.providerId(), p.providerOrganisationId(), e.topic().name(), e.description(), e.raisedBy().name(),
                    e.raisedByUser(), e.raisedAt(), e.status().name(), e.decisions(), e.version());
        }
    }
}
