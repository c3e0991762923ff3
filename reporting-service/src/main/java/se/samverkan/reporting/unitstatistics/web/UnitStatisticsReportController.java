package se.samverkan.reporting.unitstatistics.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.reporting.unitstatistics.application.UnitStatisticsReport;
import se.samverkan.reporting.unitstatistics.application.UnitStatisticsStore;
import se.samverkan.reporting.unitstatistics.domain.UnitPeriodStatistics;

/** The units' latest statistics per period, for comparisons per service area and, later, goal attainment. */
@RestController
@RequestMapping("/api/v1/reports/unit-statistics")
class UnitStatisticsReportController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("period", "periodStart");
        SORTABLE.put("unitName", "unitName");
        SORTABLE.put("serviceArea", "serviceArea");
    }

    private final UnitStatisticsReport report;

    UnitStatisticsReportController(UnitStatisticsReport report) {
        this.report = report;
    }

    @GetMapping
    PageResponse<Row> list(@RequestParam(required = false) String boardOrganisationId,
                           @RequestParam(required = false) String serviceArea,
                           @RequestParam(required = false) String period,
                           @RequestParam(required = false) String measure,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        return PageResponse.of(report.list(caller, new UnitStatisticsStore.Filter(blankToNull(boardOrganisationId),
                        null, blankToNull(serviceArea), blankToNull(period), blankToNull(measure)),
                PageRequests.of(page, size, sort == null || sort.isBlank() ? "period,desc" : sort, SORTABLE)), Row::of);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Row(String unitId, String unitName, String providerId, String providerOrganisationId, String serviceArea,
               String serviceAreaLabel, String area, String period, String frequency, String boardOrganisationId,
               String specificationId, int specificationVersion, int version, boolean late, Instant submittedAt,
               List<Figure> values) {

        static Row of(UnitPeriodStatistics statistics) {
            return new Row(statistics.unitId(), statistics.unitName(), statistics.providerId(),
                    statistics.providerOrganisationId(), statistics.serviceArea(),
                    ServiceAreaCode.labelOf(statistics.serviceArea()), statistics.area(), statistics.period(),
                    statistics.frequency(), statistics.boardOrganisationId(), statistics.specificationId(),
                    statistics.specificationVersion(), statistics.version(), statistics.late(),
                    statistics.submittedAt(), statistics.values().stream().map(figure -> new Figure(figure.measure(),
                            figure.valueType(), figure.value(), figure.text(), figure.byGender(), figure.byAgeBand(),
                            figure.byArea(), figure.respondents())).toList());
        }
    }

    record Figure(String measure, String valueType, BigDecimal value, String text, Map<String, BigDecimal> byGender,
                  Map<String, BigDecimal> byAgeBand, Map<String, BigDecimal> byArea, Integer respondents) {
    }
}
