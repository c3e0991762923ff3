package se.samverkan.reporting.financeexport.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.reporting.financeexport.domain.ExportTable;

/**
 * The tables finance can export, one {@link ExportSource} bean each, found by their key. Checks
 * the parameters a table needs before it is read, every broken rule at once. Who may export is
 * the web layer's rule (finance, the council's analysts, administrators); what each table holds
 * is its report's visibility for the caller.
 */
@Service
public class FinanceExports {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final Map<String, ExportSource> sources;

    FinanceExports(List<ExportSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(ExportSource::name, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two export tables are named " + a.name());
        }, TreeMap::new));
    }

    /** The keys of the tables, in alphabetical order. */
    public List<String> tables() {
        return List.copyOf(sources.keySet());
    }

    public Outcome export(String table, ExportRequest request, Caller caller) {
        ExportSource source = sources.get(table);
        if (source == null) {
            return new Outcome.UnknownTable(tables());
        }
        List<Violation> violations = new ArrayList<>();
        for (ExportRequest.Parameter parameter : ExportRequest.Parameter.values()) {
            if (!source.parameters().contains(parameter)) {
                continue;
            }
            Object value = parameter == ExportRequest.Parameter.YEAR ? request.year() : request.mandatePeriod();
            if (value == null || value.toString().isBlank()) {
                violations.add(new Violation(parameter.field(), "required", parameter.missing()));
            }
        }
        if (request.year() != null && (request.year() < FIRST_YEAR || request.year() > LAST_YEAR)) {
            violations.add(new Violation("year", "range", "Året " + request.year() + " går inte att exportera. Ange ett år "
                    + FIRST_YEAR + "–" + LAST_YEAR + ", t.ex. year=2026."));
        }
        if (violations.isEmpty()) {
            violations.addAll(source.check(request));
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        return new Outcome.Exported(source.table(caller, request), source.fileName(request));
    }

    /**
     * Every table whose parameters are given, for one workbook with a sheet per table: {@code year}
     * is required; the tables that also need {@code mandatePeriod} are left out without it.
     */
    public Outcome workbook(ExportRequest request, Caller caller) {
        List<Violation> violations = new ArrayList<>();
        if (request.year() == null) {
            violations.add(new Violation(ExportRequest.Parameter.YEAR.field(), "required",
                    ExportRequest.Parameter.YEAR.missing()));
        } else if (request.year() < FIRST_YEAR || request.year() > LAST_YEAR) {
            violations.add(new Violation("year", "range", "Året " + request.year() + " går inte att exportera. Ange ett år "
                    + FIRST_YEAR + "–" + LAST_YEAR + ", t.ex. year=2026."));
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        List<ExportSource> included = sources.values().stream()
                .filter(source -> request.mandatePeriod() != null
                        || !source.parameters().contains(ExportRequest.Parameter.MANDATE_PERIOD))
                .toList();
        included.forEach(source -> source.check(request).stream().filter(violation -> !violations.contains(violation))
                .forEach(violations::add));
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        return new Outcome.Workbook(included.stream().map(source -> source.table(caller, request)).toList(),
                "rapporter-" + request.year());
    }

    public sealed interface Outcome {

        /** Several tables, one sheet each, and the file name (without extension). */
        record Workbook(List<ExportTable> tables, String fileName) implements Outcome {
        }


        /** The table and the file name (without extension) to send it as. */
        record Exported(ExportTable table, String fileName) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        /** No table by that key; these are the ones there are. */
        record UnknownTable(List<String> tables) implements Outcome {
        }
    }
}
