package se.samverkan.reporting.financeexport.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.reporting.financeexport.domain.ExportTable;
import se.samverkan.reporting.financeexport.domain.TableLayout;

/** A table is exported only with the parameters it needs, each checked, every broken rule at once. */
class FinanceExportsTest {

    private static final Caller FINANCE = new Caller("eva", "ks-klk", Set.of(Role.FINANCE));

    private final FinanceExports exports = new FinanceExports(List.of(
            source("per-year", Set.of(ExportRequest.Parameter.YEAR), List.of()),
            source("per-period", Set.of(ExportRequest.Parameter.YEAR, ExportRequest.Parameter.MANDATE_PERIOD),
                    List.of(new Violation("mandatePeriod", "mandate-period", "Ingen mandatperiod.")))));

    @Test
    void anUnknownTableIsAnsweredWithTheTablesThereAre() {
        assertThat(exports.export("budget", new ExportRequest(2026, null), FINANCE))
                .isEqualTo(new FinanceExports.Outcome.UnknownTable(List.of("per-period", "per-year")));
    }

    @Test
    void everyMissingParameterIsReportedAtOnceBeforeTheTablesOwnChecks() {
        FinanceExports.Outcome outcome = exports.export("per-period", new ExportRequest(null, " "), FINANCE);

        assertThat(((FinanceExports.Outcome.Rejected) outcome).violations()).extracting(Violation::field)
                .containsExactly("year", "mandatePeriod");
        assertThat(((FinanceExports.Outcome.Rejected) exports.export("per-period", new ExportRequest(2026, "x"), FINANCE))
                .violations()).extracting(Violation::rule).containsExactly("mandate-period");
    }

    @Test
    void aYearOutsideTwoThousandToTwentyOneHundredIsRejected() {
        assertThat(exports.export("per-year", new ExportRequest(1999, null), FINANCE))
                .isInstanceOf(FinanceExports.Outcome.Rejected.class);
        assertThat(exports.export("per-year", new ExportRequest(2100, null), FINANCE))
                .isEqualTo(new FinanceExports.Outcome.Exported(TableLayout.<String>of("per-year", "T")
                        .text("x", "X", s -> s).table(List.of()), "per-year-2100"));
    }

    @Test
    void theWorkbookHasEveryTableWhoseParametersAreGivenAndNeedsTheYear() {
        FinanceExports.Outcome withoutPeriod = exports.workbook(new ExportRequest(2026, null), FINANCE);
        FinanceExports.Outcome withPeriod = new FinanceExports(List.of(
                source("per-year", Set.of(ExportRequest.Parameter.YEAR), List.of()),
                source("per-period", Set.of(ExportRequest.Parameter.YEAR, ExportRequest.Parameter.MANDATE_PERIOD),
                        List.of()))).workbook(new ExportRequest(2026, "2023-2026"), FINANCE);

        assertThat(((FinanceExports.Outcome.Workbook) withoutPeriod).tables()).extracting(ExportTable::name)
                .containsExactly("per-year");
        assertThat(((FinanceExports.Outcome.Workbook) withoutPeriod).fileName()).isEqualTo("rapporter-2026");
        assertThat(((FinanceExports.Outcome.Workbook) withPeriod).tables()).extracting(ExportTable::name)
                .containsExactly("per-period", "per-year");
        assertThat(((FinanceExports.Outcome.Rejected) exports.workbook(new ExportRequest(2026, "x"), FINANCE))
                .violations()).as("a given period is checked").extracting(Violation::rule).containsExactly("mandate-period");
        assertThat(((FinanceExports.Outcome.Rejected) exports.workbook(new ExportRequest(null, null), FINANCE))
                .violations()).extracting(Violation::field).containsExactly("year");
    }

    private static ExportSource source(String name, Set<ExportRequest.Parameter> parameters, List<Violation> problems) {
        return new ExportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<ExportRequest.Parameter> parameters() {
                return parameters;
            }

            @Override
            public String fileName(ExportRequest request) {
                return name + "-" + request.year();
            }

            @Override
            public List<Violation> check(ExportRequest request) {
                return problems;
            }

            @Override
            public ExportTable table(Caller caller, ExportRequest request) {
                return TableLayout.<String>of(name, "T").text("x", "X", s -> s).table(List.of());
            }
        };
    }
}
