package se.samverkan.orderer.finding.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.finding.application.FindingRepository;
import se.samverkan.orderer.finding.application.FindingService;
import se.samverkan.orderer.finding.domain.Action;
import se.samverkan.orderer.finding.domain.ActionPlan;
import se.samverkan.orderer.finding.domain.Finding;
import se.samverkan.orderer.finding.domain.FindingStatus;
import se.samverkan.orderer.finding.domain.Severity;

/** Findings (avvikelser, brister) on agreements and the providers' action plans (åtgärdsplaner). */
@RestController
@RequestMapping("/api/v1/findings")
class FindingController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("registeredOn", "registeredOn");
        SORTABLE.put("planDueOn", "planDueOn");
        SORTABLE.put("severity", "severityRank");
        SORTABLE.put("createdAt", "createdAt");
    }

    private final FindingService findings;

    FindingController(FindingService findings) {
        this.findings = findings;
    }

    @PostMapping
    ResponseEntity<?> register(@RequestBody RegisterRequest request, Caller caller) {
        FindingService.Outcome outcome = findings.register(request.agreementId(), request.terms(), caller);
        if (outcome instanceof FindingService.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/findings/" + done.finding().id()))
                    .body(FindingResponse.of(done.finding(), findings.today()));
        }
        return answer(outcome);
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String agreementId,
                           @RequestParam(required = false) String providerId,
                           @RequestParam(required = false) String boardId,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String severity,
                           @RequestParam(required = false) Boolean overdue,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        FindingStatus parsedStatus;
        Severity parsedSeverity;
        try {
            parsedStatus = parse(FindingStatus.class, status);
        } catch (IllegalArgumentException unknown) {
            return unknownValue("status", status, FindingStatus.class);
        }
        try {
            parsedSeverity = parse(Severity.class, severity);
        } catch (IllegalArgumentException unknown) {
            return unknownValue("severity", severity, Severity.class);
        }
        FindingRepository.Filter filter = new FindingRepository.Filter(blankToNull(agreementId), blankToNull(providerId),
                blankToNull(boardId), parsedStatus, parsedSeverity, overdue, null, null, null);
        LocalDate today = findings.today();
        return ResponseEntity.ok(PageResponse.of(findings.list(filter, caller,
                PageRequests.of(page, size, sort == null ? "registeredOn,desc" : sort, SORTABLE)),
                finding -> FindingResponse.of(finding, today)));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return findings.find(id, caller)
                .<ResponseEntity<?>>map(finding -> ResponseEntity.ok(FindingResponse.of(finding, findings.today())))
                .orElseGet(() -> notFound(id));
    }

    @PostMapping("/{id}/action-plans")
    ResponseEntity<?> submitPlan(@PathVariable String id, @RequestBody PlanRequest request, Caller caller) {
        return answer(findings.submitPlan(id, request.analysis(), request.actions(), caller));
    }

    @PostMapping("/{id}/plan-decisions")
    ResponseEntity<?> decide(@PathVariable String id, @RequestBody DecisionRequest request, Caller caller) {
        return answer(findings.decide(id, request.decision(), request.reason(), request.planDueOn(), caller));
    }

    @PostMapping("/{id}/actions/{actionId}/progress")
    ResponseEntity<?> reportProgress(@PathVariable String id, @PathVariable String actionId,
                                     @RequestBody ProgressRequest request, Caller caller) {
        return answer(findings.reportProgress(id, actionId, request.status(), request.note(), caller));
    }

    @PostMapping("/{id}/follow-up-notes")
    ResponseEntity<?> recordFollowUp(@PathVariable String id, @RequestBody NoteRequest request, Caller caller) {
        return answer(findings.recordFollowUp(id, request.note(), caller));
    }

    @PostMapping("/{id}/close")
    ResponseEntity<?> close(@PathVariable String id, @RequestBody NoteRequest request, Caller caller) {
        return answer(findings.close(id, request.note(), caller));
    }

    private ResponseEntity<?> answer(FindingService.Outcome outcome) {
        if (outcome instanceof FindingService.Outcome.Done done) {
            return ResponseEntity.ok(FindingResponse.of(done.finding(), findings.today()));
        }
        if (outcome instanceof FindingService.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof FindingService.Outcome.NotFound notFound) {
            return notFound(notFound.id());
        }
        if (outcome instanceof FindingService.Outcome.NoSuchAgreement noSuchAgreement) {
            return ResponseEntity.status(404).body(Problems.notFound("Avtalet " + noSuchAgreement.agreementId()
                    + " finns inte."));
        }
        if (outcome instanceof FindingService.Outcome.NoSuchAction noSuchAction) {
            return ResponseEntity.status(404).body(Problems.notFound("Åtgärden " + noSuchAction.actionId()
                    + " finns inte i avvikelsens senaste åtgärdsplan."));
        }
        if (outcome instanceof FindingService.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        return ResponseEntity.status(409).body(Problems.conflict(
                "Avvikelsen ändrades samtidigt av någon annan. Läs om den och försök igen."));
    }

    private static ResponseEntity<?> notFound(String id) {
        return ResponseEntity.status(404).body(Problems.notFound("Avvikelsen " + id + " finns inte."));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    }

    private static ResponseEntity<?> unknownValue(String field, String value, Class<? extends Enum<?>> type) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation(field, "one-of",
                "Okänt värde '" + value + "' för '" + field + "'. Tillåtna värden: " + String.join(", ",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + "."))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record RegisterRequest(String agreementId, String requirementId, String evidence, String evidenceSource,
                           String observedOn, String severity, String planDueOn, String goalImpact) {

        Finding.Terms terms() {
            return new Finding.Terms(requirementId, evidence, evidenceSource, observedOn, severity, planDueOn,
                    goalImpact);
        }
    }

    record PlanRequest(String analysis, List<Finding.ActionTerms> actions) {
    }

    record DecisionRequest(String decision, String reason, String planDueOn) {
    }

    record ProgressRequest(String status, String note) {
    }

    record NoteRequest(String note) {
    }

    record FindingResponse(String id, AgreementResponse agreement, ProviderResponse provider,
                           RequirementResponse requirement, String evidence, String evidenceSource,
                           String evidenceSourceLabel, LocalDate observedOn, String severity, String severityLabel,
                           String goalImpact, String registeredBy, LocalDate registeredOn, LocalDate planDueOn,
                           String status, boolean overdue, List<PlanResponse> plans, List<NoteResponse> followUpNotes,
                           ClosureResponse closure, Instant createdAt, long version) {

        static FindingResponse of(Finding f, LocalDate today) {
            return new FindingResponse(f.id().toString(),
                    new AgreementResponse(f.agreement().agreementId(), f.agreement().title(), f.agreement().boardId(),
                            f.agreement().boardOrganisationId(), f.agreement().strategic()),
                    new ProviderResponse(f.agreement().providerId(), f.agreement().providerName(),
                            f.agreement().providerOrganisationId()),
                    new RequirementResponse(f.requirement().id(), f.requirement().category(), f.requirement().text()),
                    f.evidence(), f.evidenceSource().name(), f.evidenceSource().label(), f.observedOn(),
                    f.severity().name(), f.severity().label(), f.goalImpact().orElse(null), f.registeredBy(),
                    f.registeredOn(), f.planDueOn(), f.status().name(), f.overdue(today),
                    f.plans().stream().map(plan -> PlanResponse.of(f, plan, today)).toList(),
                    f.notes().stream().map(n -> new NoteResponse(n.text(), n.recordedBy(), n.recordedOn())).toList(),
                    f.closure().map(c -> new ClosureResponse(c.note(), c.closedBy(), c.closedOn())).orElse(null),
                    f.createdAt(), f.version());
        }
    }

    record AgreementResponse(String id, String title, String boardId, String boardOrganisationId, boolean strategic) {
    }

    record ProviderResponse(String id, String name, String organisationId) {
    }

    record RequirementResponse(String id, String category, String text) {
    }

    /** A plan with the board's decision on it; the decision fields are null until it is decided. */
    record PlanResponse(int number, String analysis, List<ActionResponse> actions, String submittedBy,
                        LocalDate submittedOn, String decision, String reason, String decidedBy, LocalDate decidedOn,
                        LocalDate newPlanDueOn) {

        static PlanResponse of(Finding finding, ActionPlan plan, LocalDate today) {
            ActionPlan.Decision d = plan.decided().orElse(null);
            return new PlanResponse(plan.number(), plan.analysis(),
                    plan.actions().stream().map(action -> ActionResponse.of(finding, action, today)).toList(),
                    plan.submittedBy(), plan.submittedOn(), d == null ? null : d.outcome().name(),
                    d == null ? null : d.reason(), d == null ? null : d.decidedBy(), d == null ? null : d.decidedOn(),
                    d == null ? null : d.newPlanDueOn());
        }
    }

    record ActionResponse(String id, String description, String responsible, LocalDate dueOn, String expectedEffect,
                          String status, String progressNote, String reportedBy, LocalDate reportedOn,
                          boolean overdue) {

        static ActionResponse of(Finding finding, Action a, LocalDate today) {
            return new ActionResponse(a.id().toString(), a.description(), a.responsible(), a.dueOn(),
                    a.expectedEffect(), a.status().name(), a.progressNote(), a.reportedBy(), a.reportedOn(),
                    finding.overdue(a, today));
        }
    }

    record NoteResponse(String note, String recordedBy, LocalDate recordedOn) {
    }

    record ClosureResponse(String note, String closedBy, LocalDate closedOn) {
    }
}
