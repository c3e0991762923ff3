package se.samverkan.reporting.missingsubmissions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.missingsubmissions.application.MissingSubmissionReport;
import se.samverkan.reporting.missingsubmissions.application.MissingSubmissionReport.Filter;
import se.samverkan.reporting.missingsubmissions.domain.MissingSubmissions.Missing;
import se.samverkan.reporting.missingsubmissions.domain.MissingSubmissions.ProviderSummary;

/**
 * Statistics that should have arrived and did not: one row per provider, unit and period, and a
 * summary per provider to remind it with.
 */
@RestController
@RequestMapping("/api/v1/reports/missing-submissions")
class MissingSubmissionsController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    private static final Map<String, Comparator<Missing>> ORDER = new LinkedHashMap<>();
    private static final Map<String, String> PROVIDER_SORTABLE = new LinkedHashMap<>();
    private static final Map<String, Comparator<ProviderSummary>> PROVIDER_ORDER = new LinkedHashMap<>();

    static {
        Comparator<Missing> byProviderUnitAndDue = Comparator
                .comparing((Missing row) -> nullToEmpty(row.providerOrganisationId()))
                .thenComparing(row -> nullToEmpty(row.unitName())).thenComparing(Missing::unitId)
                .thenComparing(Missing::dueOn).thenComparing(Missing::period);
        ORDER.put("providerOrganisationId", byProviderUnitAndDue);
        ORDER.put("unitName", Comparator.comparing((Missing row) -> nullToEmpty(row.unitName()))
                .thenComparing(byProviderUnitAndDue));
        ORDER.put("boardOrganisationId", Comparator.comparing((Missing row) -> nullToEmpty(row.boardOrganisationId()))
                .thenComparing(byProviderUnitAndDue));
        ORDER.put("dueOn", Comparator.comparing(Missing::dueOn).thenComparing(byProviderUnitAndDue));
        ORDER.put("daysOverdue", Comparator.comparingLong(Missing::daysOverdue).thenComparing(byProviderUnitAndDue));
        ORDER.keySet().forEach(key -> SORTABLE.put(key, key));

        Comparator<ProviderSummary> byProvider = Comparator
                .comparing((ProviderSummary row) -> nullToEmpty(row.providerOrganisationId()))
                .thenComparing(ProviderSummary::providerId);
        PROVIDER_ORDER.put("providerOrganisationId", byProvider);
        PROVIDER_ORDER.put("missing", Comparator.comparingLong(ProviderSummary::missing).thenComparing(byProvider));
        PROVIDER_ORDER.put("mostDaysOverdue", Comparator.comparingLong(ProviderSummary::mostDaysOverdue)
                .thenComparing(byProvider));
        PROVIDER_ORDER.keySet().forEach(key -> PROVIDER_SORTABLE.put(key, key));
    }

    private final MissingSubmissionReport report;

    MissingSubmissionsController(MissingSubmissionReport report) {
        this.report = report;
    }

    @GetMapping
    PageResponse<MissingRow> missing(@RequestParam(required = false) String asOf,
                                     @RequestParam(required = false) String boardOrganisationId,
                                     @RequestParam(required = false) String providerOrganisationId,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) String sort, Caller caller) {
        LocalDate day = day(asOf);
        Pageable pageable = PageRequests.of(page, size, sort, SORTABLE);
        List<Missing> rows = report.missing(caller, day, new Filter(blankToNull(boardOrganisationId),
                blankToNull(providerOrganisationId)));
        return PageResponse.of(page(rows, pageable, ORDER), row -> MissingRow.of(row, day));
    }

    @GetMapping("/providers")
    PageResponse<ProviderSummaryRow> perProvider(@RequestParam(required = false) String asOf,
                                                 @RequestParam(required = false) String boardOrganisationId,
                                                 @RequestParam(required = false) String providerOrganisationId,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size,
                                                 @RequestParam(required = false) String sort, Caller caller) {
        LocalDate day = day(asOf);
        Pageable pageable = PageRequests.of(page, size, sort, PROVIDER_SORTABLE);
        List<ProviderSummary> rows = report.perProvider(caller, day, new Filter(blankToNull(boardOrganisationId),
                blankToNull(providerOrganisationId)));
        return PageResponse.of(page(rows, pageable, PROVIDER_ORDER), row -> ProviderSummaryRow.of(row, day));
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return report.today();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException notADate) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(List.of(new Violation("asOf",
                    "date", "Ange dagen som 'asOf' i formen ÅÅÅÅ-MM-DD, t.ex. asOf=2027-04-20, eller utelämna den"
                    + " för i dag."))), null);
        }
    }

    /** Sorts the whole list by the page's order (the first sort key; the rest are tie-breakers) and cuts the page. */
    private static <T> Page<T> page(List<T> rows, Pageable pageable, Map<String, Comparator<T>> orders) {
        Sort.Order order = pageable.getSort().iterator().next();
        Comparator<T> comparator = orders.get(order.getProperty());
        if (order.isDescending()) {
            comparator = comparator.reversed();
        }
        List<T> sorted = rows.stream().sorted(comparator).toList();
        int from = (int) Math.min(pageable.getOffset(), sorted.size());
        int to = Math.min(from + pageable.getPageSize(), sorted.size());
        return new PageImpl<>(sorted.subList(from, to), pageable, sorted.size());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    record MissingRow(String providerId, String providerOrganisationId, String unitId, String unitName,
                      String serviceArea, String serviceAreaLabel, String area, String boardOrganisationId,
                      String period, String frequency, String dueOn, long daysOverdue, String asOf) {

        static MissingRow of(Missing row, LocalDate asOf) {
            return new MissingRow(row.providerId(), row.providerOrganisationId(), row.unitId(), row.unitName(),
                    row.serviceArea(), ServiceAreaCode.labelOf(row.serviceArea()), row.area(),
                    row.boardOrganisationId(), row.period(), row.frequency().name(), row.dueOn().toString(),
                    row.daysOverdue(), asOf.toString());
        }
    }

    record ProviderSummaryRow(String providerId, String providerOrganisationId, long missing, long units,
                              String oldestDueOn, long mostDaysOverdue, List<String> boardOrganisationIds,
                              List<String> periods, String reminder, String asOf) {

        static ProviderSummaryRow of(ProviderSummary row, LocalDate asOf) {
            return new ProviderSummaryRow(row.providerId(), row.providerOrganisationId(), row.missing(), row.units(),
                    row.oldestDueOn().toString(), row.mostDaysOverdue(), row.boardOrganisationIds(), row.periods(),
                    "Statistik saknas för " + row.missing() + (row.missing() == 1 ? " period" : " perioder")
                            + " från " + row.units() + (row.units() == 1 ? " enhet" : " enheter")
                            + "; den äldsta skulle ha lämnats senast " + row.oldestDueOn() + ".", asOf.toString());
        }
    }
}
