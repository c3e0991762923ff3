package se.samverkan.orderer.visit.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.orderer.visit.application.VisitRepository;
import se.samverkan.orderer.visit.application.VisitService;
import se.samverkan.orderer.visit.domain.SeriousComplaint;
import se.samverkan.orderer.visit.domain.Visit;
import se.samverkan.orderer.visit.domain.VisitKind;
import se.samverkan.orderer.visit.domain.VisitStatus;

/** A board's visits to the providers' units, and the serious complaints that plan unannounced ones. */
@RestController
class VisitController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("plannedOn", "plannedOn");
        SORTABLE.put("performedOn", "performedOn");
        SORTABLE.put("unitName", "unitName");
        SORTABLE.put("createdAt", "createdAt");
    }

    private final VisitService visits;

    VisitController(VisitService visits) {
        this.visits = visits;
    }

    @PostMapping("/api/v1/visits")
    ResponseEntity<?> plan(@RequestBody PlanRequest request, Caller caller) {
        return created(visits.plan(request.boardId(), request.unitId(), new Visit.Terms(request.kind(),
                request.plannedOn(), request.responsible(), request.purpose()), caller), caller);
    }

    @PostMapping("/api/v1/serious-complaints")
    ResponseEntity<?> registerSeriousComplaint(@RequestBody ComplaintRequest request, Caller caller) {
        return created(visits.registerSeriousComplaint(request.boardId(), request.unitId(),
                new Visit.ComplaintTerms(request.receivedOn(), request.summary(), request.plannedOn(),
                        request.responsible()), caller), caller);
    }

    @GetMapping("/api/v1/visits")
    ResponseEntity<?> list(@RequestParam(required = false) String boardId,
                           @RequestParam(required = false) String unitId,
                           @RequestParam(required = false) String providerId,
                           @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) Boolean seriousComplaint,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        VisitKind parsedKind;
        VisitStatus parsedStatus;
        try {
            parsedKind = Answers.parse(VisitKind.class, kind);
        } catch (IllegalArgumentException unknown) {
            return Answers.unknownValue("kind", kind, VisitKind.class);
        }
        try {
            parsedStatus = Answers.parse(VisitStatus.class, status);
        } catch (IllegalArgumentException unknown) {
            return Answers.unknownValue("status", status, VisitStatus.class);
        }
        VisitRepository.Filter filter = new VisitRepository.Filter(Answers.blankToNull(boardId),
                Answers.blankToNull(unitId), Answers.blankToNull(providerId), parsedKind, parsedStatus,
                seriousComplaint, null, null);
        return ResponseEntity.ok(PageResponse.of(visits.list(filter, caller,
                PageRequests.of(page, size, sort == null ? "plannedOn,desc" : sort, SORTABLE)),
                visit -> VisitResponse.of(visit, visits.seesComplaint(caller, visit))));
    }

    @GetMapping("/api/v1/visits/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return visits.find(id, caller)
                .<ResponseEntity<?>>map(visit -> ResponseEntity.ok(VisitResponse.of(visit,
                        visits.seesComplaint(caller, visit))))
                .orElseGet(() -> notFound(id));
    }

    @PostMapping("/api/v1/visits/{id}/performed")
    ResponseEntity<?> recordPerformed(@PathVariable String id, @RequestBody PerformedRequest request, Caller caller) {
        VisitService.Outcome outcome = visits.recordPerformed(id, new Visit.Performance(request.performedOn(),
                request.performedBy(), request.outcome()), caller);
        if (outcome instanceof VisitService.Outcome.Done done) {
            return ResponseEntity.ok(VisitResponse.of(done.visit(), true));
        }
        return answer(outcome);
    }

    private ResponseEntity<?> created(VisitService.Outcome outcome, Caller caller) {
        if (outcome instanceof VisitService.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/visits/" + done.visit().id()))
                    .body(VisitResponse.of(done.visit(), visits.seesComplaint(caller, done.visit())));
        }
        return answer(outcome);
    }

    private static ResponseEntity<?> answer(VisitService.Outcome outcome) {
        if (outcome instanceof VisitService.Outcome.Rejected rejected) {
            return Answers.rejected(rejected.violations());
        }
        if (outcome instanceof VisitService.Outcome.NotFound notFound) {
            return notFound(notFound.id());
        }
        if (outcome instanceof VisitService.Outcome.NoSuchBoard noSuchBoard) {
            return Answers.notFound("Nämnden " + noSuchBoard.boardId() + " finns inte.");
        }
        if (outcome instanceof VisitService.Outcome.NotPermitted) {
            return Answers.forbidden();
        }
        return Answers.changedMeanwhile("Besöket");
    }

    private static ResponseEntity<?> notFound(String id) {
        return Answers.notFound("Besöket " + id + " finns inte.");
    }

    record PlanRequest(String boardId, String unitId, String kind, String plannedOn, String responsible,
                       String purpose) {
    }

    record ComplaintRequest(String boardId, String unitId, String receivedOn, String summary, String plannedOn,
                            String responsible) {
    }

    record PerformedRequest(String performedOn, String performedBy, String outcome) {
    }

    record VisitResponse(String id, String boardId, UnitResponse unit, ProviderResponse provider, String kind,
                         String kindLabel, boolean announced, String status, String statusLabel, LocalDate plannedOn,
                         String responsible, String purpose, ComplaintResponse seriousComplaint,
                         LocalDate performedOn, String performedBy, String outcome, String registeredBy,
                         Instant createdAt, long version) {

        /** @param withComplaint whether the caller sees the complaint behind the visit (the provider does not) */
        static VisitResponse of(Visit v, boolean withComplaint) {
            SeriousComplaint c = withComplaint ? v.complaint().orElse(null) : null;
            return new VisitResponse(v.id().toString(), v.board().boardId(),
                    new UnitResponse(v.unit().unitId(), v.unit().unitName(), v.unit().serviceArea(),
                            ServiceAreaCode.labelOf(v.unit().serviceArea())),
                    new ProviderResponse(v.unit().providerId(), v.unit().providerName(),
                            v.unit().providerOrganisationId()),
                    v.kind().name(), v.kind().label(), v.kind().announced(), v.status().name(), v.status().label(),
                    v.plannedOn(), v.responsible(),
                    withComplaint || v.complaint().isEmpty() ? v.purpose().orElse(null) : null,
                    c == null ? null : new ComplaintResponse(c.receivedOn(), c.summary(), c.registeredBy(),
                            c.registeredOn()),
                    v.performedOn().orElse(null), v.performedBy().orElse(null), v.outcome().orElse(null),
                    v.registeredBy(), v.createdAt(), v.version());
        }
    }

    record UnitResponse(String id, String name, String serviceArea, String serviceAreaLabel) {
    }

    record ProviderResponse(String id, String name, String organisationId) {
    }

    record ComplaintResponse(LocalDate receivedOn, String summary, String registeredBy, LocalDate registeredOn) {
    }
}
