package se.samverkan.producer.statistics.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.producer.statistics.application.StatisticsQueries;
import se.samverkan.producer.statistics.application.StatisticsSettings;
import se.samverkan.producer.statistics.application.SubmitStatistics;
import se.samverkan.producer.statistics.domain.ReportedValue;
import se.samverkan.producer.statistics.domain.ReportingPeriod;
import se.samverkan.producer.statistics.domain.ReportingStatus;
import se.samverkan.producer.statistics.domain.Submission;
import se.samverkan.producer.statistics.domain.SubmissionVersion;
import se.samverkan.producer.statistics.domain.ValueInput;

@RestController
@RequestMapping("/api/v1/providers/{providerId}")
class StatisticsController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("period", "periodStart");
        SORTABLE.put("unitName", "unitName");
        SORTABLE.put("submittedAt", "latestSubmittedAt");
    }

    private final SubmitStatistics submit;
    private final StatisticsQueries queries;
    private final StatisticsSettings settings;

    StatisticsController(SubmitStatistics submit, StatisticsQueries queries, StatisticsSettings settings) {
        this.submit = submit;
        this.queries = queries;
        this.settings = settings;
    }

    @PostMapping("/statistics")
    ResponseEntity<?> submit(@PathVariable String providerId, @RequestBody SubmitRequest request, Caller caller) {
        List<ValueInput> values = request.values() == null ? null : request.values().stream()
                .map(value -> value == null ? null : new ValueInput(value.measure(), value.value(), value.text(),
                        value.byGender(), value.byAgeBand(), value.byArea(), value.respondents(), value.responseRate()))
                .toList();
        SubmitStatistics.Outcome outcome = submit.handle(new SubmitStatistics.Command(providerId, request.unitId(),
                request.period(), values, request.comment(), caller));
        if (outcome instanceof SubmitStatistics.Outcome.Submitted submitted) {
            Submission submission = submitted.submission();
            return ResponseEntity.created(URI.create(location(submission))).body(SubmissionResponse.of(submission));
        }
        if (outcome instanceof SubmitStatistics.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof SubmitStatistics.Outcome.NoSuchProvider) {
            return notFound("Utföraren " + providerId + " finns inte.");
        }
        return ResponseEntity.status(409).body(Problems.conflict("Enhetens statistik för perioden ändrades samtidigt"
                + " av någon annan. Läs den igen och försök på nytt."));
    }

    @GetMapping("/statistics")
    ResponseEntity<?> list(@PathVariable String providerId, @RequestParam(required = false) String unitId,
                           @RequestParam(required = false) String period,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        ReportingPeriod reported = null;
        if (period != null && !period.isBlank()) {
            reported = ReportingPeriod.parse(period).orElse(null);
            if (reported == null) {
                return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("period", "format",
                        "Perioden '" + period + "' ska skrivas 2027-03, 2027-Q1 eller 2027."))));
            }
        }
        String sortOrDefault = sort == null || sort.isBlank() ? "period,desc" : sort;
        return queries.list(providerId, unitId == null || unitId.isBlank() ? null : unitId.strip(), reported, caller,
                        PageRequests.of(page, size, sortOrDefault, SORTABLE))
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(PageResponse.of(found, SubmissionSummary::of)))
                .orElseGet(() -> notFound("Utföraren " + providerId + " finns inte."));
    }

    @GetMapping("/statistics/status")
    ResponseEntity<?> status(@PathVariable String providerId, @RequestParam(required = false) String year,
                             Caller caller) {
        Integer parsed = null;
        if (year == null || year.isBlank()) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("year", "required",
                    "Ange året: year=2027."))));
        }
        try {
            parsed = Integer.parseInt(year.strip());
        } catch (NumberFormatException notANumber) {
            parsed = null;
        }
        if (parsed == null || parsed < ReportingPeriod.FIRST_YEAR || parsed > ReportingPeriod.LAST_YEAR) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("year", "range",
                    "Året ska vara ett årtal mellan " + ReportingPeriod.FIRST_YEAR + " och "
                            + ReportingPeriod.LAST_YEAR + ", inte '" + year + "'."))));
        }
        int asked = parsed;
        return queries.status(providerId, asked, caller)
                .<ResponseEntity<?>>map(units -> ResponseEntity.ok(new StatusResponse(providerId, asked,
                        settings.dueDayOfFollowingMonth(), units.stream().map(UnitStatusResponse::of).toList())))
                .orElseGet(() -> notFound("Utföraren " + providerId + " finns inte."));
    }

    @GetMapping("/units/{unitId}/statistics/{period}")
    ResponseEntity<?> get(@PathVariable String providerId, @PathVariable String unitId, @PathVariable String period,
                          Caller caller) {
        return queries.find(providerId, unitId, period, caller)
                .<ResponseEntity<?>>map(submission -> ResponseEntity.ok(SubmissionResponse.of(submission)))
                .orElseGet(() -> notFound("Det finns ingen statistik för enheten " + unitId + " och perioden "
                        + period + "."));
    }

    @GetMapping("/units/{unitId}/statistics/{period}/history")
    ResponseEntity<?> history(@PathVariable String providerId, @PathVariable String unitId,
                              @PathVariable String period, Caller caller) {
        return queries.find(providerId, unitId, period, caller)
                .<ResponseEntity<?>>map(submission -> ResponseEntity.ok(HistoryResponse.of(submission)))
                .orElseGet(() -> notFound("Det finns ingen statistik för enheten " + unitId + " och perioden "
                        + period + "."));
    }

    private static String location(Submission submission) {
        return "/api/v1/providers/" + submission.providerId() + "/units/" + submission.unit().unitId() + "/statistics/"
                + submission.period();
    }

    private static ResponseEntity<?> notFound(String detail) {
        return ResponseEntity.status(404).body(Problems.notFound(detail));
    }

    record SubmitRequest(String unitId, String period, List<ValueRequest> values, String comment) {
    }

    record ValueRequest(String measure, BigDecimal value, String text, Map<String, BigDecimal> byGender,
                        Map<String, BigDecimal> byAgeBand, Map<String, BigDecimal> byArea, BigDecimal respondents,
                        BigDecimal responseRate) {
    }

    record ValueResponse(String measure, String valueType, BigDecimal value, String text,
                         Map<String, BigDecimal> byGender, Map<String, BigDecimal> byAgeBand,
                         Map<String, BigDecimal> byArea, Integer respondents, BigDecimal responseRate) {

        static ValueResponse of(ReportedValue value) {
            return new ValueResponse(value.measure(), value.valueType().name(), value.value(), value.text(),
                    value.byGender(), value.byAgeBand(), value.byArea(), value.respondents(), value.responseRate());
        }
    }

    record VersionSummary(int version, Instant submittedAt, String submittedBy, String specificationId,
                          int specificationVersion, boolean afterDueDate) {

        static VersionSummary of(Submission submission, SubmissionVersion version) {
            return new VersionSummary(version.version(), version.submittedAt(), version.submittedBy(),
                    version.specificationId(), version.specificationVersion(),
                    version.submittedOn().isAfter(submission.dueOn()));
        }
    }

    record VersionResponse(int version, Instant submittedAt, String submittedBy, String comment,
                           String specificationId, int specificationVersion, String boardOrganisationId,
                           boolean afterDueDate, List<ValueResponse> values) {

        static VersionResponse of(Submission submission, SubmissionVersion version) {
            return new VersionResponse(version.version(), version.submittedAt(), version.submittedBy(),
                    version.comment(), version.specificationId(), version.specificationVersion(),
                    version.boardOrganisationId(), version.submittedOn().isAfter(submission.dueOn()),
                    version.values().stream().map(ValueResponse::of).toList());
        }
    }

    record SubmissionSummary(String submissionId, String providerId, String unitId, String unitName, String serviceArea,
                             String period, String frequency, LocalDate dueOn, boolean late, int version,
                             Instant submittedAt, String boardOrganisationId) {

        static SubmissionSummary of(Submission submission) {
            SubmissionVersion current = submission.current();
            return new SubmissionSummary(submission.id(), submission.providerId(), submission.unit().unitId(),
                    submission.unit().name(), submission.unit().serviceArea(), submission.period().toString(),
                    submission.period().frequency().name(), submission.dueOn(), submission.late(), current.version(),
                    current.submittedAt(), current.boardOrganisationId());
        }
    }

    record SubmissionResponse(String submissionId, String providerId, String unitId, String unitName,
                              String serviceArea, String serviceAreaLabel, String period, String frequency,
                              LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, boolean late,
                              int version, Instant submittedAt, String submittedBy, String comment,
                              String specificationId, int specificationVersion, String boardOrganisationId,
                              List<ValueResponse> values, List<VersionSummary> versions) {

        static SubmissionResponse of(Submission submission) {
            SubmissionVersion current = submission.current();
            return new SubmissionResponse(submission.id(), submission.providerId(), submission.unit().unitId(),
                    submission.unit().name(), submission.unit().serviceArea(),
                    ServiceAreaCode.labelOf(submission.unit().serviceArea()), submission.period().toString(),
                    submission.period().frequency().name(), submission.period().firstDay(),
                    submission.period().lastDay(), submission.dueOn(), submission.late(), current.version(),
                    current.submittedAt(), current.submittedBy(), current.comment(), current.specificationId(),
                    current.specificationVersion(), current.boardOrganisationId(),
                    current.values().stream().map(ValueResponse::of).toList(),
                    submission.versions().stream().map(version -> VersionSummary.of(submission, version)).toList());
        }
    }

    record HistoryResponse(String submissionId, String providerId, String unitId, String unitName, String period,
                           LocalDate dueOn, boolean late, List<VersionResponse> versions) {

        static HistoryResponse of(Submission submission) {
            return new HistoryResponse(submission.id(), submission.providerId(), submission.unit().unitId(),
                    submission.unit().name(), submission.period().toString(), submission.dueOn(), submission.late(),
                    submission.versions().stream().map(version -> VersionResponse.of(submission, version)).toList());
        }
    }

    record StatusResponse(String providerId, int year, int dueDayOfFollowingMonth, List<UnitStatusResponse> units) {
    }

    record UnitStatusResponse(String unitId, String unitName, String serviceArea, long onTime, long late, long missing,
                              long notYetDue, List<ReportingStatus.PeriodStatus> periods) {

        static UnitStatusResponse of(ReportingStatus.UnitStatus status) {
            return new UnitStatusResponse(status.unit().unitId(), status.unit().name(), status.unit().serviceArea(),
                    status.count(ReportingStatus.State.ON_TIME), status.count(ReportingStatus.State.LATE),
                    status.count(ReportingStatus.State.MISSING), status.count(ReportingStatus.State.NOT_YET_DUE),
                    status.periods());
        }
    }
}
