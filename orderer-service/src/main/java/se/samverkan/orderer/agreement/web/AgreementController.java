package se.samverkan.orderer.agreement.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.agreement.application.AgreementRepository;
import se.samverkan.orderer.agreement.application.AgreementService;
import se.samverkan.orderer.agreement.domain.Agreement;
import se.samverkan.orderer.agreement.domain.AgreementStatus;
import se.samverkan.orderer.agreement.domain.ProcurementRoute;

/** The agreements (avtal) and the contract register (avtalsregister) of the boards. */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("title", "title");
        SORTABLE.put("startsOn", "startsOn");
        SORTABLE.put("annualValueSek", "annualValueSek");
        SORTABLE.put("createdAt", "createdAt");
    }

    private final AgreementService agreements;

    AgreementController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @PostMapping
    ResponseEntity<?> draft(@RequestBody DraftRequest request, Caller caller) {
        AgreementService.Outcome outcome = agreements.draft(request.boardId(), request.providerId(), request.terms(),
                caller);
        if (outcome instanceof AgreementService.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/agreements/" + done.agreement().id()))
                    .body(AgreementResponse.of(done.agreement(), done.warnings()));
        }
        return answer(outcome, request.boardId());
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String boardId,
                           @RequestParam(required = false) String providerId,
                           @RequestParam(required = false) String route,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) Boolean strategic,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        ProcurementRoute parsedRoute = null;
        AgreementStatus parsedStatus = null;
        try {
            parsedRoute = route == null || route.isBlank() ? null
                    : ProcurementRoute.valueOf(route.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("route", "one-of",
                    "Okänd upphandlingsväg '" + route + "'. Tillåtna värden: LOV, LOU, DIRECT_ORDER, IOP."))));
        }
        try {
            parsedStatus = status == null || status.isBlank() ? null
                    : AgreementStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("status", "one-of",
                    "Okänd status '" + status + "'. Tillåtna värden: DRAFT, SIGNED, TERMINATED."))));
        }
        AgreementRepository.Filter filter = new AgreementRepository.Filter(blankToNull(boardId), blankToNull(providerId),
                parsedRoute, parsedStatus, strategic, null, null);
        return ResponseEntity.ok(PageResponse.of(agreements.list(filter, caller,
                PageRequests.of(page, size, sort == null ? "startsOn,desc" : sort, SORTABLE)),
                agreement -> AgreementResponse.of(agreement, List.of())));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return agreements.find(id, caller)
                .<ResponseEntity<?>>map(agreement -> ResponseEntity.ok(AgreementResponse.of(agreement, List.of())))
                .orElseGet(() -> notFound(id));
    }

    @PutMapping("/{id}/board-parts")
    ResponseEntity<?> boardParts(@PathVariable String id, @RequestBody BoardPartsRequest request, Caller caller) {
        if (request.parts() == null) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("parts", "required",
                    "Ange nämnderna som en lista ('parts'); en tom lista gör avtalet till nämndens eget igen."))));
        }
        return answer(agreements.shareWith(id, request.parts(), caller), null);
    }

    @PutMapping("/{id}/requirements")
    ResponseEntity<?> requirements(@PathVariable String id, @RequestBody RequirementsRequest request, Caller caller) {
        if (request.requirements() == null) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("requirements",
                    "required", "Ange kraven som en lista ('requirements'); en tom lista tar bort alla."))));
        }
        return answer(agreements.replaceRequirements(id, request.requirements(), caller), null);
    }

    @PostMapping("/{id}/direct-order-steps")
    ResponseEntity<?> record(@PathVariable String id, @RequestBody StepRequest request, Caller caller) {
        return answer(agreements.record(id, request.step(), request.on(), request.reference(), caller), null);
    }

    @PostMapping("/{id}/sign")
    ResponseEntity<?> sign(@PathVariable String id, Caller caller) {
        return answer(agreements.sign(id, caller), null);
    }

    @PostMapping("/{id}/terminate")
    ResponseEntity<?> terminate(@PathVariable String id, @RequestBody TerminateRequest request, Caller caller) {
        return answer(agreements.terminate(id, request.reason(), request.terminatedOn(), caller), null);
    }

    private static ResponseEntity<?> answer(AgreementService.Outcome outcome, String boardId) {
        if (outcome instanceof AgreementService.Outcome.Done done) {
            return ResponseEntity.ok(AgreementResponse.of(done.agreement(), done.warnings()));
        }
        if (outcome instanceof AgreementService.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof AgreementService.Outcome.NotFound notFound) {
            return notFound(notFound.id());
        }
        if (outcome instanceof AgreementService.Outcome.NoSuchBoard) {
            return ResponseEntity.status(404).body(Problems.notFound("Nämnden " + boardId + " finns inte."));
        }
        if (outcome instanceof AgreementService.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        return ResponseEntity.status(409).body(Problems.conflict(
                "Avtalet ändrades samtidigt av någon annan. Läs om det och försök igen."));
    }

    private static ResponseEntity<?> notFound(String id) {
        return ResponseEntity.status(404).body(Problems.notFound("Avtalet " + id + " finns inte."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record DraftRequest(String boardId, String providerId, String title, String route, String serviceArea,
                        String startsOn, String endsOn, BigDecimal annualValueSek, String valueLevel,
                        String impactLevel, String contractManager, String rulebookReference, String tenderReference,
                        String awardedOn, String standstillEndsOn, List<Agreement.RequirementTerms> requirements) {

        Agreement.Terms terms() {
            return new Agreement.Terms(title, route, serviceArea, startsOn, endsOn, annualValueSek, valueLevel,
                    impactLevel, contractManager, rulebookReference, tenderReference, awardedOn, standstillEndsOn,
                    requirements);
        }
    }

    record BoardPartsRequest(List<AgreementService.BoardPartRequest> parts) {
    }

    record RequirementsRequest(List<Agreement.RequirementTerms> requirements) {
    }

    record StepRequest(String step, String on, String reference) {
    }

    record TerminateRequest(String reason, String terminatedOn) {
    }

    record AgreementResponse(String id, String boardId, String boardOrganisationId, ProviderResponse provider,
                             String route, String routeLabel, String serviceArea, String serviceAreaLabel,
                             String title, LocalDate startsOn, LocalDate endsOn, BigDecimal annualValueSek,
                             String valueLevel, String impactLevel, boolean strategic, boolean legallyBinding,
                             String contractManager, String rulebookReference, String tenderReference,
                             LocalDate awardedOn, LocalDate standstillEndsOn, List<RequirementResponse> requirements,
                             List<Agreement.BoardPart> boardParts,
                             Map<String, Agreement.StepRecord> directOrderSteps, String status, LocalDate signedOn,
                             LocalDate terminatedOn, String terminationReason, Instant createdAt, long version,
                             List<String> warnings) {

        static AgreementResponse of(Agreement a, List<String> warnings) {
            Map<String, Agreement.StepRecord> steps = new LinkedHashMap<>();
            a.directOrderSteps().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> steps.put(entry.getKey().name(), entry.getValue()));
            return new AgreementResponse(a.id().toString(), a.boardId(), a.boardOrganisationId(),
                    new ProviderResponse(a.provider().providerId(), a.provider().name(), a.provider().legalForm(),
                            a.provider().organisationId()),
                    a.route().name(), a.route().label(), a.serviceArea(), ServiceAreaCode.labelOf(a.serviceArea()),
                    a.title(), a.startsOn(), a.endsOn().orElse(null), a.annualValueSek(), a.valueLevel().name(),
                    a.impactLevel().name(), a.strategic(), a.legallyBinding(), a.contractManager().orElse(null),
                    a.routeDetails().rulebookReference(), a.routeDetails().tenderReference(),
                    a.routeDetails().awardedOn(), a.routeDetails().standstillEndsOn(),
                    a.requirements().stream().map(r -> new RequirementResponse(r.id().toString(), r.category().name(),
                            r.category().label(), r.text(), r.followUpMethod().name())).toList(),
                    a.boardParts(), steps, a.status().name(), a.signedOn().orElse(null), a.terminatedOn().orElse(null),
                    a.terminationReason().orElse(null), a.createdAt(), a.version(), warnings);
        }
    }

    record ProviderResponse(String id, String name, String legalForm, String organisationId) {
    }

    record RequirementResponse(String id, String category, String categoryLabel, String text, String followUpMethod) {
    }
}
