package se.samverkan.reporting.goalattainment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.goalattainment.application.GoalAttainmentReport;
import se.samverkan.reporting.goalattainment.domain.EqualityAnalysis;

/**
 * Equality analysis (jämställdhetsanalys) of a year: per indicator broken down by gender, age
 * band or area, the difference between women and men and the spread across age bands and areas,
 * each beyond the configured threshold flagged for the board to explain.
 */
@RestController
@RequestMapping("/api/v1/reports/equality")
class EqualityController {

    private static final String EXPLAIN = "Skillnaden överstiger tröskeln; nämnden ska förklara den och vad den gör"
            + " åt den.";

    private final GoalAttainmentReport report;

    EqualityController(GoalAttainmentReport report) {
        this.report = report;
    }

    @GetMapping("/{mandatePeriod}/{year}")
    ResponseEntity<?> equality(@PathVariable String mandatePeriod, @PathVariable int year,
                               @RequestParam(required = false) String boardOrganisationId, Caller caller) {
        List<Violation> violations = GoalAttainmentReport.checkPeriod(mandatePeriod, year);
        if (!violations.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.validation(violations));
        }
        GoalAttainmentReport.EqualityReport equality = report.equality(caller, mandatePeriod, year,
                boardOrganisationId == null || boardOrganisationId.isBlank() ? null : boardOrganisationId.strip());
        List<Row> rows = equality.rows().stream().map(Row::of).toList();
        return ResponseEntity.ok(new EqualityResponse(equality.mandatePeriod(), equality.year(),
                equality.thresholdPercent(), (int) rows.stream().filter(Row::flagged).count(), rows));
    }

    record EqualityResponse(String mandatePeriod, int year, BigDecimal thresholdPercent, int flagged, List<Row> rows) {
    }

    record Row(String boardOrganisationId, String boardShortName, String boardGoalId, String boardGoalTitle,
               String indicatorId, String indicatorName, String unit, String measureCode, List<String> breakdowns,
               BigDecimal actual, Gender gender, Spread ageBands, Spread areas, boolean flagged, String explain) {

        static Row of(GoalAttainmentReport.EqualityReport.Row row) {
            EqualityAnalysis.Result result = row.result();
            return new Row(row.boardOrganisationId(), row.boardShortName(), row.boardGoalId(), row.boardGoalTitle(),
                    row.indicator().indicatorId(), row.indicator().name(), row.indicator().unit(),
                    row.indicator().measureCode(), row.breakdowns(),
                    row.indicator().actual().flatMap(actual -> actual.total()).orElse(null),
                    result.gender().map(Gender::of).orElse(null), result.ageBands().map(Spread::of).orElse(null),
                    result.areas().map(Spread::of).orElse(null), result.flagged(), result.flagged() ? EXPLAIN : null);
        }
    }

    record Gender(BigDecimal women, BigDecimal men, BigDecimal difference, String scale, boolean flagged) {

        static Gender of(EqualityAnalysis.GenderDifference difference) {
            return new Gender(difference.women(), difference.men(), difference.difference(), difference.scale().name(),
                    difference.flagged());
        }
    }

    record Spread(Map<String, BigDecimal> values, String lowest, String highest, BigDecimal difference, String scale,
                  boolean flagged) {

        static Spread of(EqualityAnalysis.Spread spread) {
            return new Spread(spread.values(), spread.lowest(), spread.highest(), spread.difference(),
                    spread.scale().name(), spread.flagged());
        }
    }
}
