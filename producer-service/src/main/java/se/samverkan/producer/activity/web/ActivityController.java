package se.samverkan.producer.activity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.Problems;
import se.samverkan.producer.activity.application.ActivityDocuments;
import se.samverkan.producer.activity.domain.AnnualDocument;
import se.samverkan.producer.activity.domain.Kind;

/** A provider's yearly activity plan (verksamhetsplan) and activity report (verksamhetsberättelse). */
@RestController
class ActivityController {

    private final ActivityDocuments documents;

    ActivityController(ActivityDocuments documents) {
        this.documents = documents;
    }

    @PutMapping("/api/v1/providers/{id}/activity-plans/{year}")
    ResponseEntity<?> submitPlan(@PathVariable String id, @PathVariable String year,
                                 @RequestBody SubmitRequest request, Caller caller) {
        return answer(documents.submit(id, Kind.ACTIVITY_PLAN, year, request.sections(), caller));
    }

    @PutMapping("/api/v1/providers/{id}/activity-reports/{year}")
    ResponseEntity<?> submitReport(@PathVariable String id, @PathVariable String year,
                                   @RequestBody SubmitRequest request, Caller caller) {
        return answer(documents.submit(id, Kind.ACTIVITY_REPORT, year, request.sections(), caller));
    }

    @GetMapping("/api/v1/providers/{id}/activity-plans")
    ResponseEntity<?> plans(@PathVariable String id, Caller caller) {
        return list(id, Kind.ACTIVITY_PLAN, caller);
    }

    @GetMapping("/api/v1/providers/{id}/activity-reports")
    ResponseEntity<?> reports(@PathVariable String id, Caller caller) {
        return list(id, Kind.ACTIVITY_REPORT, caller);
    }

    @GetMapping("/api/v1/providers/{id}/activity-plans/{year}")
    ResponseEntity<?> plan(@PathVariable String id, @PathVariable String year, Caller caller) {
        return one(id, Kind.ACTIVITY_PLAN, year, caller);
    }

    @GetMapping("/api/v1/providers/{id}/activity-reports/{year}")
    ResponseEntity<?> report(@PathVariable String id, @PathVariable String year, Caller caller) {
        return one(id, Kind.ACTIVITY_REPORT, year, caller);
    }

    private ResponseEntity<?> list(String id, Kind kind, Caller caller) {
        return documents.list(id, kind, caller)
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(found.stream().map(DocumentResponse::of).toList()))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Utföraren " + id
                        + " finns inte.")));
    }

    private ResponseEntity<?> one(String id, Kind kind, String year, Caller caller) {
        return documents.find(id, kind, year, caller)
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(DocumentResponse.of(found)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Det finns ingen "
                        + kind.swedishName() + " för " + year + " från utföraren " + id + ".")));
    }

    private static ResponseEntity<?> answer(ActivityDocuments.Outcome outcome) {
        if (outcome instanceof ActivityDocuments.Outcome.Done done) {
            return ResponseEntity.ok(DocumentResponse.of(done.document()));
        }
        if (outcome instanceof ActivityDocuments.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof ActivityDocuments.Outcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        if (outcome instanceof ActivityDocuments.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        return ResponseEntity.status(409).body(Problems.conflict(((ActivityDocuments.Outcome.Conflict) outcome)
                .detail()));
    }

    record SubmitRequest(Map<String, String> sections) {
    }

    record VersionResponse(int number, Map<String, String> sections, Instant submittedAt, String submittedBy) {

        static VersionResponse of(Kind kind, AnnualDocument.Version version) {
            Map<String, String> sections = new LinkedHashMap<>();
            kind.sections().forEach(section -> sections.put(section.name(), version.sections().get(section)));
            return new VersionResponse(version.number(), sections, version.submittedAt(), version.submittedBy());
        }
    }

    record DocumentResponse(String id, String providerId, String kind, int year, LocalDate dueOn, boolean late,
                            Map<String, String> headings, VersionResponse current, List<VersionResponse> history) {

        static DocumentResponse of(AnnualDocument d) {
            Map<String, String> headings = new LinkedHashMap<>();
            d.kind().sections().forEach(section -> headings.put(section.name(), section.heading()));
            List<VersionResponse> history = d.versions().stream().map(v -> VersionResponse.of(d.kind(), v)).toList();
            return new DocumentResponse(d.id().toString(), d.providerId(), d.kind().name(), d.year(), d.dueOn(),
                    d.late(), headings, history.get(history.size() - 1), history);
        }
    }
}
