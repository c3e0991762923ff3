package se.samverkan.reporting.financeexport.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.financeexport.domain.ExportTable;
import se.samverkan.reporting.financeexport.domain.TableLayout;
import se.samverkan.reporting.unitstatistics.application.UnitStatisticsReport;
import se.samverkan.reporting.unitstatistics.application.UnitStatisticsStore;
import se.samverkan.reporting.unitstatistics.domain.UnitPeriodStatistics;

/**
 * The units' latest statistics for the periods of a year (its months, quarters and the year
 * itself): one row per unit, period and measure, in period order, then unit, then measure.
 */
@Component
class UnitStatisticsExport implements ExportSource {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    record Row(UnitPeriodStatistics unit, UnitPeriodStatistics.Figure figure) {
    }

    static final TableLayout<Row> LAYOUT = TableLayout.<Row>of("unit-statistics", "Enhetsstatistik")
            .text("period", "Period", row -> row.unit().period())
            .date("periodStart", "Periodens början", row -> TableLayout.parseDay(row.unit().periodStart()))
            .text("frequency", "Frekvens", row -> row.unit().frequency())
            .text("unitId", "Enhet-id", row -> row.unit().unitId())
            .text("unitName", "Enhet", row -> row.unit().unitName())
            .text("providerOrganisationId", "Utförare-id", row -> row.unit().providerOrganisationId())
            .text("serviceArea", "Verksamhetsområde", row -> row.unit().serviceArea())
            .text("area", "Område", row -> row.unit().area())
            .text("boardOrganisationId", "Nämnd-id", row -> row.unit().boardOrganisationId())
            .text("measure", "Mått", row -> row.figure().measure())
            .text("valueType", "Värdetyp", row -> row.figure().valueType())
            .decimal("value", "Värde", row -> row.figure().value())
            .decimal("women", "Kvinnor", row -> row.figure().byGender().get("K"))
            .decimal("men", "Män", row -> row.figure().byGender().get("M"))
            .integer("respondents", "Antal svarande", row -> row.figure().respondents())
            .text("text", "Text", row -> row.figure().text())
            .text("late", "Inlämnad sent", row -> row.unit().late() ? "Ja" : "Nej")
            .date("submittedOn", "Inlämnad", row -> row.unit().submittedAt() == null ? null
                    : LocalDate.ofInstant(row.unit().submittedAt(), SWEDEN))
            .integer("version", "Version", row -> row.unit().version());

    private final UnitStatisticsReport report;

    UnitStatisticsExport(UnitStatisticsReport report) {
        this.report = report;
    }

    @Override
    public String name() {
        return LAYOUT.name();
    }

    @Override
    public Set<ExportRequest.Parameter> parameters() {
        return Set.of(ExportRequest.Parameter.YEAR);
    }

    @Override
    public String fileName(ExportRequest request) {
        return "enhetsstatistik-" + request.year();
    }

    @Override
    public ExportTable table(Caller caller, ExportRequest request) {
        List<UnitPeriodStatistics> all = report.list(caller, new UnitStatisticsStore.Filter(null, null, null, null, null),
                Pageable.unpaged(Sort.by("periodStart", "unitName"))).getContent();
        return table(all, request.requiredYear());
    }

    /** The statistics of the year's periods, sorted; a period belongs to the year it is written with (2026, 2026-03, 2026-Q1). */
    static ExportTable table(List<UnitPeriodStatistics> statistics, int year) {
        Pattern ofTheYear = Pattern.compile("^" + year + "(-.*)?$");
        List<Row> rows = new ArrayList<>();
        statistics.stream().filter(unit -> unit.period() != null && ofTheYear.matcher(unit.period()).matches())
                .sorted(Comparator.comparing(UnitPeriodStatistics::period)
                        .thenComparing(UnitPeriodStatistics::unitName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(UnitPeriodStatistics::unitId))
                .forEach(unit -> unit.values().stream()
                        .sorted(Comparator.comparing(UnitPeriodStatistics.Figure::measure,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .forEach(figure -> rows.add(new Row(unit, figure))));
        return LAYOUT.table(rows);
    }
}
