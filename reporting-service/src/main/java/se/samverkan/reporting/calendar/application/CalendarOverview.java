package se.samverkan.reporting.calendar.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.boards.application.BoardDirectory;
import se.samverkan.reporting.boards.domain.KnownBoard;
import se.samverkan.reporting.calendar.domain.CalendarItem;
import se.samverkan.reporting.calendar.domain.ReportingCalendar;
import se.samverkan.reporting.calendar.domain.SubmissionStatus;

/**
 * The reporting calendar of a year with each board's status per report and what is still
 * missing from whom. The boards are those orderer-service announced, and any board that has
 * handed in a report. Council analysts, finance and administrators see every board; a board's
 * officials and contract managers their own.
 */
@Service
public class CalendarOverview {

    private final SubmittedReports submitted;
    private final BoardDirectory boards;
    private final CalendarSettings settings;
    private final Clock clock;

    CalendarOverview(SubmittedReports submitted, BoardDirectory boards, CalendarSettings settings, Clock clock) {
        this.submitted = submitted;
        this.boards = boards;
        this.settings = settings;
        this.clock = clock;
    }

    public record BoardRef(String organisationId, String shortName, String name) {
    }

    public record BoardStatus(BoardRef board, SubmissionStatus status, Optional<SubmittedReports.Submission> submission) {
    }

    public record ItemStatus(CalendarItem item, List<BoardStatus> boards) {

        public List<BoardRef> missingFrom() {
            return boards.stream().filter(board -> board.status() == SubmissionStatus.MISSING)
                    .map(BoardStatus::board).toList();
        }

        public long count(SubmissionStatus status) {
            return boards.stream().filter(board -> board.status() == status).count();
        }
    }

    /** What a board still owes: the reports whose due day has passed without it. */
    public record Missing(BoardRef board, List<CalendarItem> items) {
    }

    public record CalendarView(int year, LocalDate today, List<ItemStatus> items, List<Missing> missing) {
    }

    public CalendarView of(int year, Caller caller) {
        ReportingCalendar calendar = ReportingCalendar.of(year, settings.dueDates());
        boolean seesAll = caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
        String only = seesAll ? null : caller.organisation() == null ? "" : caller.organisation();
        List<SubmittedReports.Submission> submissions = submitted.submissions(calendar.financialYears(), only);
        Map<String, BoardRef> visible = new TreeMap<>();
        for (KnownBoard board : boards.all()) {
            if (only == null || only.equals(board.organisationId())) {
                visible.put(board.organisationId(), new BoardRef(board.organisationId(), board.shortName(),
                        board.name()));
            }
        }
        submissions.forEach(submission -> visible.putIfAbsent(submission.boardOrganisationId(),
                new BoardRef(submission.boardOrganisationId(), null, null)));
        if (only != null && !only.isEmpty() && caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER)) {
            visible.putIfAbsent(only, new BoardRef(only, null, null));
        }
        Map<String, SubmittedReports.Submission> byKey = new HashMap<>();
        submissions.forEach(submission -> byKey.put(submission.boardOrganisationId() + "/"
                + submission.financialYear() + ":" + submission.report().name(), submission));
        LocalDate today = LocalDate.now(clock.withZone(settings.zoneId()));
        List<ItemStatus> items = new ArrayList<>();
        Map<String, List<CalendarItem>> missing = new TreeMap<>();
        for (CalendarItem item : calendar.items()) {
            List<BoardStatus> statuses = new ArrayList<>();
            for (BoardRef board : visible.values()) {
                Optional<SubmittedReports.Submission> submission = Optional.ofNullable(byKey.get(
                        board.organisationId() + "/" + item.key()));
                SubmissionStatus status = SubmissionStatus.of(item.dueOn(), submission.map(s -> LocalDate.ofInstant(
                        s.firstSubmittedAt(), settings.zoneId())), today);
                statuses.add(new BoardStatus(board, status, submission));
                if (status == SubmissionStatus.MISSING) {
                    missing.computeIfAbsent(board.organisationId(), key -> new ArrayList<>()).add(item);
                }
            }
            items.add(new ItemStatus(item, statuses));
        }
        return new CalendarView(year, today, items, missing.entrySet().stream()
                .map(entry -> new Missing(visible.get(entry.getKey()), entry.getValue())).toList());
    }
}
