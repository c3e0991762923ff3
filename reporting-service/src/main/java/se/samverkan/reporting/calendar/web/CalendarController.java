package se.samverkan.reporting.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.calendar.application.CalendarOverview;
import se.samverkan.reporting.calendar.domain.CalendarItem;
import se.samverkan.reporting.calendar.domain.ReportingCalendar;
import se.samverkan.reporting.calendar.domain.SubmissionStatus;

/** The council's reporting calendar of a year: each report's due day, each board's status and what is missing. */
@RestController
@RequestMapping("/api/v1/reports/calendar")
class CalendarController {

    private final CalendarOverview overview;

    CalendarController(CalendarOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/{year}")
    ResponseEntity<?> calendar(@PathVariable int year, Caller caller) {
        if (year < ReportingCalendar.FIRST_YEAR || year > ReportingCalendar.LAST_YEAR) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("year", "range",
                    "Året " + year + " ligger utanför " + ReportingCalendar.FIRST_YEAR + "–"
                            + ReportingCalendar.LAST_YEAR + "."))));
        }
        return ResponseEntity.ok(CalendarResponse.of(overview.of(year, caller)));
    }

    record CalendarResponse(int year, LocalDate today, List<ItemResponse> items, List<MissingResponse> missing) {

        static CalendarResponse of(CalendarOverview.CalendarView view) {
            return new CalendarResponse(view.year(), view.today(), view.items().stream().map(ItemResponse::of).toList(),
                    view.missing().stream().map(MissingResponse::of).toList());
        }
    }

    record ItemResponse(String key, String report, String label, int financialYear, String periodFrom,
                        String periodTo, LocalDate dueOn, String receivedBy, String decidedIn,
                        boolean fullYearForecast, boolean goalForecast, long submittedOnTime, long submittedLate,
                        long missing, long notYetDue, List<BoardStatusResponse> boards,
                        List<BoardResponse> missingFrom) {

        static ItemResponse of(CalendarOverview.ItemStatus status) {
            CalendarItem item = status.item();
            return new ItemResponse(item.key(), item.report().name(), item.report().label(), item.financialYear(),
                    item.periodFrom().toString(), item.periodTo().toString(), item.dueOn(), item.receivedBy(),
                    item.decidedIn() == null ? null : item.decidedIn().toString(),
                    item.report().requiresFullYearForecast(), item.report().carriesGoalForecast(),
                    status.count(SubmissionStatus.ON_TIME), status.count(SubmissionStatus.LATE),
                    status.count(SubmissionStatus.MISSING), status.count(SubmissionStatus.NOT_YET_DUE),
                    status.boards().stream().map(BoardStatusResponse::of).toList(),
                    status.missingFrom().stream().map(BoardResponse::of).toList());
        }
    }

    record BoardResponse(String organisationId, String shortName, String name) {

        static BoardResponse of(CalendarOverview.BoardRef board) {
            return new BoardResponse(board.organisationId(), board.shortName(), board.name());
        }
    }

    record BoardStatusResponse(String boardOrganisationId, String boardShortName, String status, String statusLabel,
                               Instant firstSubmittedAt, Instant lastSubmittedAt, String submittedBy) {

        static BoardStatusResponse of(CalendarOverview.BoardStatus status) {
            return new BoardStatusResponse(status.board().organisationId(), status.board().shortName(),
                    status.status().name(), status.status().label(),
                    status.submission().map(s -> s.firstSubmittedAt()).orElse(null),
                    status.submission().map(s -> s.lastSubmittedAt()).orElse(null),
                    status.submission().map(s -> s.submittedBy()).orElse(null));
        }
    }

    record MissingResponse(BoardResponse board, List<MissingItemResponse> items) {

        static MissingResponse of(CalendarOverview.Missing missing) {
            return new MissingResponse(BoardResponse.of(missing.board()), missing.items().stream()
                    .map(item -> new MissingItemResponse(item.key(), item.report().label(), item.financialYear(),
                            item.dueOn())).toList());
        }
    }

    record MissingItemResponse(String key, String label, int financialYear, LocalDate dueOn) {
    }
}
