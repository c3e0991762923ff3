package se.samverkan.reporting.economy.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.reporting.boards.application.BoardDirectory;
import se.samverkan.reporting.boards.domain.KnownBoard;
import se.samverkan.reporting.calendar.application.CalendarSettings;
import se.samverkan.reporting.calendar.application.SubmittedReports;
import se.samverkan.reporting.calendar.domain.BoardReport;
import se.samverkan.reporting.calendar.domain.ReportingCalendar;
import se.samverkan.reporting.calendar.domain.SubmissionStatus;
import se.samverkan.reporting.economy.domain.BoardEconomy;
import se.samverkan.reporting.economy.domain.EconomyFigures;
import se.samverkan.reporting.economy.domain.EquityCap;
import se.samverkan.reporting.economy.domain.SubmittedReport;

/**
 * The boards' economy reports to the council level: a board's officials hand in each report of
 * the calendar with its economy figures (council analysts and administrators may record them for
 * any known board), and the year's economy per board is judged by the economic steering rules.
 * Council analysts, finance and administrators see every board; a board's officials and contract
 * managers their own.
 */
@Service
public class BoardEconomyReports implements SubmittedReports {

    /** How far back the deficits of earlier years are looked for: a deficit's three years and a margin. */
    static final int YEARS_BACK = 6;
    private static final String BOARD_ORGANISATION = "board-[a-z0-9]{2,10}";

    private final EconomyReportStore store;
    private final BoardDirectory boards;
    private final CalendarSettings calendar;
    private final EconomySettings settings;
    private final Clock clock;

    BoardEconomyReports(EconomyReportStore store, BoardDirectory boards, CalendarSettings calendar,
                        EconomySettings settings, Clock clock) {
        this.store = store;
        this.boards = boards;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    public sealed interface Recording {

        record Recorded(SubmittedReport report, SubmissionStatus status, LocalDate dueOn) implements Recording {
        }

        record Rejected(List<Violation> violations) implements Recording {
        }

        /** Not a board the caller may report for (or no board at all). */
        record NotFound(String boardOrganisationId) implements Recording {
        }
    }

    /** The year's economy of the boards the caller sees, with the price base amount the year was judged by. */
    public record YearEconomy(int year, Optional<BigDecimal> priceBaseAmount, List<BoardYear> boards) {
    }

    public record BoardYear(String boardOrganisationId, String shortName, String name, BoardEconomy economy) {
    }

    public static List<Violation> checkYear(int year) {
        if (year < ReportingCalendar.FIRST_YEAR || year > ReportingCalendar.LAST_YEAR) {
            return List.of(new Violation("year", "range", "Året " + year + " ligger utanför "
                    + ReportingCalendar.FIRST_YEAR + "–" + ReportingCalendar.LAST_YEAR + "."));
        }
        return List.of();
    }

    /** Hands in (or corrects) a board's report on the financial year; every broken rule is reported at once. */
    public Recording record(Caller caller, int year, String boardOrganisationId, String reportCode,
                            EconomyFigures.Terms terms) {
        if (!mayReportFor(caller, boardOrganisationId)) {
            return new Recording.NotFound(boardOrganisationId);
        }
        List<Violation> yearViolations = checkYear(year);
        EconomyFigures.Checked checked = EconomyFigures.check(reportCode, terms);
        if (!yearViolations.isEmpty() || checked instanceof EconomyFigures.Checked.Rejected) {
            List<Violation> violations = new ArrayList<>(yearViolations);
            if (checked instanceof EconomyFigures.Checked.Rejected rejected) {
                violations.addAll(rejected.violations());
            }
            return new Recording.Rejected(violations);
        }
        EconomyFigures figures = ((EconomyFigures.Checked.Valid) checked).figures();
        SubmittedReport stored = store.record(boardOrganisationId, year, figures, caller.username(),
                caller.organisation(), clock.instant());
        LocalDate dueOn = calendar.dueDates().of(figures.report(), year);
        return new Recording.Recorded(stored, SubmissionStatus.of(dueOn, Optional.of(LocalDate.ofInstant(
                stored.firstSubmittedAt(), calendar.zoneId())), LocalDate.now(clock.withZone(calendar.zoneId()))),
                dueOn);
    }

    private boolean mayReportFor(Caller caller, String board) {
        if (board == null || !board.matches(BOARD_ORGANISATION)) {
            return false;
        }
        if (caller.actsFor(board, ORDERER_OFFICIAL)) {
            return true;
        }
        return caller.hasAny(COUNCIL_ANALYST, ADMINISTRATOR) && boards.byOrganisation(board).isPresent();
    }

    /** Each visible board's economy in the year, judged today. */
    public YearEconomy ofYear(int year, Caller caller) {
        String only = onlyBoard(caller);
        List<SubmittedReport> reports = store.ofYears(year - YEARS_BACK, year, only);
        Map<String, List<SubmittedReport>> byBoard = reports.stream()
                .collect(Collectors.groupingBy(SubmittedReport::boardOrganisationId, TreeMap::new, Collectors.toList()));
        Map<String, KnownBoard> known = new TreeMap<>();
        for (KnownBoard board : boards.all()) {
            if (only == null || only.equals(board.organisationId())) {
                known.put(board.organisationId(), board);
            }
        }
        List<String> visible = new ArrayList<>(known.keySet());
        byBoard.keySet().stream().filter(board -> !known.containsKey(board)).forEach(visible::add);
        Collections.sort(visible);
        Optional<BigDecimal> pbb = settings.priceBaseAmount(year);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zoneId()));
        List<BoardYear> result = new ArrayList<>();
        for (String board : visible) {
            List<SubmittedReport> ofBoard = byBoard.getOrDefault(board, List.of());
            Map<BoardReport, SubmittedReport> thisYear = new EnumMap<>(BoardReport.class);
            Map<Integer, Map<BoardReport, SubmittedReport>> perYear = new HashMap<>();
            for (SubmittedReport report : ofBoard) {
                if (report.financialYear() == year) {
                    thisYear.put(report.figures().report(), report);
                } else {
                    perYear.computeIfAbsent(report.financialYear(), y -> new EnumMap<>(BoardReport.class))
                            .put(report.figures().report(), report);
                }
            }
            Map<Integer, BigDecimal> earlier = new TreeMap<>();
            perYear.forEach((y, ofYear) -> BoardEconomy.yearEndResult(ofYear).ifPresent(r -> earlier.put(y, r)));
            KnownBoard knownBoard = known.get(board);
            result.add(new BoardYear(board, knownBoard == null ? null : knownBoard.shortName(),
                    knownBoard == null ? null : knownBoard.name(), BoardEconomy.judge(board, year, thisYear, earlier,
                    pbb, calendar.dueDates(), today)));
        }
        return new YearEconomy(year, pbb, result);
    }

    /** The year's economy as one flat row per board, for exports. */
    public List<EconomyRow> table(int year, Caller caller) {
        return ofYear(year, caller).boards().stream().map(board -> row(year, board)).toList();
    }

    private static EconomyRow row(int year, BoardYear board) {
        BoardEconomy economy = board.economy();
        Optional<EconomyFigures> latest = economy.latest().map(SubmittedReport::figures);
        Optional<EconomyFigures> base = economy.resultFrom().map(SubmittedReport::figures);
        Optional<EconomyFigures> figures = base.or(() -> latest);
        return new EconomyRow(year, board.boardOrganisationId(), board.shortName(), board.name(),
                latest.map(f -> f.report().name()).orElse(null), latest.map(EconomyFigures::netFrame).orElse(null),
                latest.map(EconomyFigures::budgetTurnover).orElse(null),
                latest.map(EconomyFigures::netCostOutcome).orElse(null),
                base.map(f -> f.report().isYearEnd() ? "OUTCOME" : "FORECAST").orElse(null),
                base.flatMap(EconomyFigures::yearNetCost).orElse(null),
                base.flatMap(EconomyFigures::yearResult).orElse(null),
                base.flatMap(EconomyFigures::balancedResult).orElse(null),
                figures.map(EconomyFigures::equityBroughtForward).orElse(null),
                base.flatMap(EconomyFigures::equityCarriedForward).orElse(null),
                figures.map(f -> EquityCap.capOf(f.budgetTurnover()).setScale(2, RoundingMode.HALF_UP)).orElse(null),
                economy.flags().size(), economy.flags().stream().map(flag -> flag.rule().name())
                .collect(Collectors.joining(";")));
    }

    private static String onlyBoard(Caller caller) {
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return null;
        }
        return caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER) && caller.organisation() != null
                ? caller.organisation() : "";
    }

    @Override
    public List<Submission> submissions(Collection<Integer> financialYears, String onlyBoard) {
        int from = financialYears.stream().mapToInt(Integer::intValue).min().orElse(0);
        int to = financialYears.stream().mapToInt(Integer::intValue).max().orElse(-1);
        return store.ofYears(from, to, onlyBoard).stream()
                .filter(report -> financialYears.contains(report.financialYear()))
                .map(report -> new Submission(report.boardOrganisationId(), report.financialYear(),
                        report.figures().report(), report.firstSubmittedAt(), report.lastSubmittedAt(),
                        report.submittedBy())).toList();
    }
}
