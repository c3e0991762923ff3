package se.samverkan.reporting.financeexport.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.reporting.financeexport.domain.ExportTable;
import se.samverkan.reporting.financeexport.domain.TableLayout;
import se.samverkan.reporting.goalattainment.application.GoalAttainmentReport;
import se.samverkan.reporting.goalattainment.domain.Actual;
import se.samverkan.reporting.goalattainment.domain.GoalAssessment;
import se.samverkan.reporting.goalattainment.domain.GoalAttainment;
import se.samverkan.reporting.goalattainment.domain.IndicatorAttainment;

/**
 * Goal attainment per indicator for a year of a mandate period: one row per board goal and
 * indicator (a board goal without indicators gets one row without them), with the goal
 * hierarchy above it, the actual against the target and the board's forecast and assessment.
 * Before the council has adopted goals for the period the table has no rows.
 */
@Component
class GoalAttainmentExport implements ExportSource {

    /** One indicator of a board goal, with where it sits in the hierarchy; {@code indicator} null for a goal without. */
    record Row(int year, String mandatePeriod, String goalArea, GoalAttainment.CouncilGoal councilGoal,
               GoalAttainment.BoardGoal boardGoal, IndicatorAttainment indicator) {

        Optional<Actual> actual() {
            return indicator == null ? Optional.empty() : indicator.actual();
        }

        BigDecimal actualOf(String gender) {
            return actual().map(actual -> actual.byGender().get(gender)).orElse(null);
        }

        Optional<GoalAssessment.Judgement> forecast() {
            return boardGoal.assessment().forecast();
        }

        Optional<GoalAssessment.Judgement> annual() {
            return boardGoal.assessment().annual();
        }
    }

    static final TableLayout<Row> LAYOUT = TableLayout.<Row>of("goal-attainment", "Måluppfyllelse")
            .integer("year", "År", Row::year)
            .text("mandatePeriod", "Mandatperiod", Row::mandatePeriod)
            .text("goalArea", "Målområde", Row::goalArea)
            .integer("councilGoalNumber", "KF-mål nr", row -> row.councilGoal().number())
            .text("councilGoal", "KF-mål", row -> row.councilGoal().title())
            .text("boardOrganisationId", "Nämnd-id", row -> row.boardGoal().boardOrganisationId())
            .text("board", "Nämnd", row -> row.boardGoal().boardShortName())
            .text("boardGoalId", "Nämndmål-id", row -> row.boardGoal().boardGoalId())
            .text("boardGoal", "Nämndmål", row -> row.boardGoal().title())
            .text("indicatorId", "Indikator-id", row -> row.indicator() == null ? null : row.indicator().indicatorId())
            .text("indicator", "Indikator", row -> row.indicator() == null ? null : row.indicator().name())
            .text("measureCode", "Statistikmått", row -> row.indicator() == null ? null : row.indicator().measureCode())
            .text("unit", "Enhet", row -> row.indicator() == null ? null : row.indicator().unit())
            .text("direction", "Riktning", row -> row.indicator() == null ? null : direction(row.indicator().direction()))
            .decimal("target", "Målvärde", row -> row.indicator() == null ? null : row.indicator().target().orElse(null))
            .decimal("actual", "Utfall", row -> row.actual().flatMap(Actual::total).orElse(null))
            .decimal("actualWomen", "Utfall kvinnor", row -> row.actualOf("K"))
            .decimal("actualMen", "Utfall män", row -> row.actualOf("M"))
            .integer("units", "Antal enheter", row -> row.actual().map(Actual::units).orElse(null))
            .integer("periods", "Antal perioder", row -> row.actual().map(Actual::periods).orElse(null))
            .text("statusCode", "Statuskod", row -> row.indicator() == null ? null : row.indicator().status().name())
            .text("status", "Status", row -> row.indicator() == null ? null : row.indicator().status().label())
            .text("forecast", "Prognos augusti", row -> row.forecast().map(j -> j.level().label()).orElse(null))
            .text("forecastComment", "Kommentar prognos", row -> row.forecast().map(GoalAssessment.Judgement::comment)
                    .orElse(null))
            .text("assessment", "Årsbedömning", row -> row.annual().map(j -> j.level().label()).orElse(null))
            .text("assessmentComment", "Kommentar årsbedömning", row -> row.annual()
                    .map(GoalAssessment.Judgement::comment).orElse(null));

    private final GoalAttainmentReport report;

    GoalAttainmentExport(GoalAttainmentReport report) {
        this.report = report;
    }

    @Override
    public String name() {
        return LAYOUT.name();
    }

    @Override
    public Set<ExportRequest.Parameter> parameters() {
        return Set.of(ExportRequest.Parameter.YEAR, ExportRequest.Parameter.MANDATE_PERIOD);
    }

    @Override
    public List<Violation> check(ExportRequest request) {
        return GoalAttainmentReport.checkPeriod(request.mandatePeriod(), request.year());
    }

    @Override
    public String fileName(ExportRequest request) {
        return "maluppfyllelse-" + request.year();
    }

    @Override
    public ExportTable table(Caller caller, ExportRequest request) {
        return report.attainment(caller, request.mandatePeriod(), request.requiredYear(), null)
                .map(GoalAttainmentExport::table).orElseGet(() -> LAYOUT.table(List.of()));
    }

    static ExportTable table(GoalAttainment attainment) {
        List<Row> rows = new ArrayList<>();
        for (GoalAttainment.Area area : attainment.goalAreas()) {
            for (GoalAttainment.CouncilGoalAttainment councilGoal : area.councilGoals()) {
                for (GoalAttainment.BoardGoal boardGoal : councilGoal.boardGoals()) {
                    if (boardGoal.indicators().isEmpty()) {
                        rows.add(new Row(attainment.year(), attainment.mandatePeriod(), area.goalArea(),
                                councilGoal.councilGoal(), boardGoal, null));
                    }
                    for (IndicatorAttainment indicator : boardGoal.indicators()) {
                        rows.add(new Row(attainment.year(), attainment.mandatePeriod(), area.goalArea(),
                                councilGoal.councilGoal(), boardGoal, indicator));
                    }
                }
            }
        }
        return LAYOUT.table(rows);
    }

    private static String direction(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "INCREASE" -> "Öka";
            case "DECREASE" -> "Minska";
            case "KEEP" -> "Bibehålla";
            default -> code;
        };
    }
}
