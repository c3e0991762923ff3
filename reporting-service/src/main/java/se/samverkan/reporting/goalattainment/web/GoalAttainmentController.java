package se.samverkan.reporting.goalattainment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.goalattainment.application.GoalAttainmentReport;
import se.samverkan.reporting.goalattainment.domain.Actual;
import se.samverkan.reporting.goalattainment.domain.Counts;
import se.samverkan.reporting.goalattainment.domain.GoalAssessment;
import se.samverkan.reporting.goalattainment.domain.GoalAttainment;
import se.samverkan.reporting.goalattainment.domain.IndicatorAttainment;

/**
 * Goal attainment (måluppfyllelse) of a mandate period's year, rolled up from the board goals
 * through the council goals to the goal areas, and the boards' forecasts and assessments.
 */
@RestController
@RequestMapping("/api/v1/reports/goal-attainment")
class GoalAttainmentController {

    private final GoalAttainmentReport report;

    GoalAttainmentController(GoalAttainmentReport report) {
        this.report = report;
    }

    @GetMapping("/{mandatePeriod}/{year}")
    ResponseEntity<?> attainment(@PathVariable String mandatePeriod, @PathVariable int year,
                                 @RequestParam(required = false) String boardOrganisationId, Caller caller) {
        List<Violation> violations = GoalAttainmentReport.checkPeriod(mandatePeriod, year);
        if (!violations.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.validation(violations));
        }
        return report.attainment(caller, mandatePeriod, year, blankToNull(boardOrganisationId))
                .<ResponseEntity<?>>map(attainment -> ResponseEntity.ok(AttainmentResponse.of(attainment)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Fullmäktige har inga mål för "
                        + "mandatperioden " + mandatePeriod + " här ännu.")));
    }

    @PutMapping("/{mandatePeriod}/{year}/board-goals/{boardGoalId}/assessment")
    ResponseEntity<?> record(@PathVariable String mandatePeriod, @PathVariable int year,
                             @PathVariable String boardGoalId, @RequestBody AssessmentRequest request,
                             Caller caller) {
        List<Violation> violations = GoalAttainmentReport.checkPeriod(mandatePeriod, year);
        if (!violations.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.validation(violations));
        }
        GoalAttainmentReport.Recording outcome = report.record(caller, mandatePeriod, year, boardGoalId,
                request.stage(), request.level(), request.comment());
        if (outcome instanceof GoalAttainmentReport.Recording.Recorded recorded) {
            return ResponseEntity.ok(AssessmentResponse.of(recorded.assessment()));
        }
        if (outcome instanceof GoalAttainmentReport.Recording.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        return ResponseEntity.status(404).body(Problems.notFound("Nämndmålet " + boardGoalId
                + " finns inte för mandatperioden " + mandatePeriod + "."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * @param stage   {@code AUGUST_FORECAST} (the interim report's forecast) or {@code ANNUAL_REPORT}
     * @param level   {@code MET}, {@code PARTLY_MET} or {@code NOT_MET}
     * @param comment the board's comment, required
     */
    record AssessmentRequest(String stage, String level, String comment) {
    }

    record AttainmentResponse(String mandatePeriod, int year, List<AreaResponse> goalAreas, Counts counts) {

        static AttainmentResponse of(GoalAttainment attainment) {
            return new AttainmentResponse(attainment.mandatePeriod(), attainment.year(), attainment.goalAreas()
                    .stream().map(AreaResponse::of).toList(), attainment.counts());
        }
    }

    record AreaResponse(String goalArea, List<CouncilGoalResponse> councilGoals, Counts counts) {

        static AreaResponse of(GoalAttainment.Area area) {
            return new AreaResponse(area.goalArea(), area.councilGoals().stream().map(CouncilGoalResponse::of).toList(),
                    area.counts());
        }
    }

    record CouncilGoalResponse(String councilGoalId, int number, String title, List<BoardGoalResponse> boardGoals,
                               Counts counts) {

        static CouncilGoalResponse of(GoalAttainment.CouncilGoalAttainment goal) {
            return new CouncilGoalResponse(goal.councilGoal().councilGoalId(), goal.councilGoal().number(),
                    goal.councilGoal().title(), goal.boardGoals().stream().map(BoardGoalResponse::of).toList(),
                    goal.counts());
        }
    }

    record BoardGoalResponse(String boardGoalId, String boardOrganisationId, String boardShortName, String title,
                             List<IndicatorResponse> indicators, AssessmentResponse assessment, Counts counts) {

        static BoardGoalResponse of(GoalAttainment.BoardGoal goal) {
            return new BoardGoalResponse(goal.boardGoalId(), goal.boardOrganisationId(), goal.boardShortName(),
                    goal.title(), goal.indicators().stream().map(IndicatorResponse::of).toList(),
                    AssessmentResponse.of(goal.assessment()), goal.counts());
        }
    }

    record IndicatorResponse(String indicatorId, String name, String unit, String direction, String measureCode,
                             String aggregation, BigDecimal target, BigDecimal actual, Map<String, BigDecimal> byGender,
                             Map<String, BigDecimal> byAgeBand, Map<String, BigDecimal> byArea, int units,
                             int periods, String status, String statusLabel) {

        static IndicatorResponse of(IndicatorAttainment indicator) {
            Optional<Actual> actual = indicator.actual();
            return new IndicatorResponse(indicator.indicatorId(), indicator.name(), indicator.unit(),
                    indicator.direction(), indicator.measureCode(),
                    indicator.aggregation() == null ? null : indicator.aggregation().name(),
                    indicator.target().orElse(null), actual.flatMap(Actual::total).orElse(null),
                    actual.map(Actual::byGender).orElse(Map.of()), actual.map(Actual::byAgeBand).orElse(Map.of()),
                    actual.map(Actual::byArea).orElse(Map.of()), actual.map(Actual::units).orElse(0),
                    actual.map(Actual::periods).orElse(0), indicator.status().name(), indicator.status().label());
        }
    }

    record AssessmentResponse(String boardGoalId, int year, String boardOrganisationId, JudgementResponse forecast,
                              JudgementResponse assessment, long version) {

        static AssessmentResponse of(GoalAssessment assessment) {
            return new AssessmentResponse(assessment.boardGoalId(), assessment.year(),
                    assessment.boardOrganisationId(), assessment.forecast().map(JudgementResponse::of).orElse(null),
                    assessment.annual().map(JudgementResponse::of).orElse(null), assessment.version());
        }
    }

    record JudgementResponse(String level, String levelLabel, String comment, String recordedBy,
                             String recordedByOrganisation, Instant recordedAt) {

        static JudgementResponse of(GoalAssessment.Judgement judgement) {
            return new JudgementResponse(judgement.level().name(), judgement.level().label(), judgement.comment(),
                    judgement.recordedBy(), judgement.recordedByOrganisation(), judgement.recordedAt());
        }
    }
}
