package se.samverkan.reporting.financeexport.application;

import java.util.List;
import java.util.Set;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.reporting.financeexport.domain.ExportTable;

/**
 * One table finance can export, as CSV, XLSX and JSON alike. Adding a table is one Spring bean
 * implementing this: its key, its file name, the parameters it needs, and the table read from
 * its feature's report as the caller may see it, laid out with a
 * {@link se.samverkan.reporting.financeexport.domain.TableLayout}.
 */
public interface ExportSource {

    /** The key in the path, e.g. {@code goal-attainment} in {@code /api/v1/reports/exports/goal-attainment.xlsx}. */
    String name();

    /** The query parameters the table needs; each is required. */
    Set<ExportRequest.Parameter> parameters();

    /** The downloaded file's name without its extension: Swedish, lower case, ASCII only, e.g. {@code maluppfyllelse-2026}. */
    String fileName(ExportRequest request);

    /** Further checks of the given parameters, beyond their being there and the year's range. */
    default List<Violation> check(ExportRequest request) {
        return List.of();
    }

    /** The table; called only with the required parameters present and checked. */
    ExportTable table(Caller caller, ExportRequest request);
}
