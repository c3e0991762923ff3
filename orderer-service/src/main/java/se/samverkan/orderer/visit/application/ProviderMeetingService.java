package se.samverkan.orderer.visit.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.visit.domain.BoardRef;
import se.samverkan.orderer.visit.domain.ProviderMeeting;
import se.samverkan.orderer.visit.domain.ProviderMeetingId;

/**
 * Use cases of provider meetings: the board plans one in a service area and records it as held.
 * The board's own officials and the council level read a board's meetings; the providers, who
 * are invited to them, read them all.
 */
@Service
public class ProviderMeetingService {

    private final ProviderMeetingRepository meetings;
    private final BoardService boards;
    private final Clock clock;

    ProviderMeetingService(ProviderMeetingRepository meetings, BoardService boards, Clock clock) {
        this.meetings = meetings;
        this.boards = boards;
        this.clock = clock;
    }

    public Outcome plan(String boardId, ProviderMeeting.Terms terms, Caller caller) {
        if (boardId == null || boardId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("boardId", "required",
                    "Ange vilken nämnd som håller mötet ('boardId').")));
        }
        Board board = boards.find(boardId.strip())
                .filter(found -> VisitAccess.actsForBoard(caller, found.organisationId())).orElse(null);
        if (board == null) {
            return new Outcome.NoSuchBoard(boardId);
        }
        ProviderMeeting.Planning planning = ProviderMeeting.plan(new BoardRef(board.id().toString(),
                board.organisationId()), terms, caller.username(), clock.instant());
        if (planning instanceof ProviderMeeting.Planning.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        ProviderMeeting meeting = ((ProviderMeeting.Planning.Planned) planning).meeting();
        meetings.insert(meeting);
        return new Outcome.Done(meeting);
    }

    public Outcome recordHeld(String id, ProviderMeeting.Held held, Caller caller) {
        ProviderMeeting meeting = find(id, caller).orElse(null);
        if (meeting == null) {
            return new Outcome.NotFound(id);
        }
        if (!VisitAccess.actsForBoard(caller, meeting.board().boardOrganisationId())) {
            return new Outcome.NotPermitted();
        }
        ProviderMeeting.Change change = meeting.recordHeld(held, LocalDate.now(clock));
        if (change instanceof ProviderMeeting.Change.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        ProviderMeeting changed = ((ProviderMeeting.Change.Changed) change).meeting();
        if (!meetings.update(changed, meeting.version())) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Done(changed);
    }

    public Optional<ProviderMeeting> find(String id, Caller caller) {
        return ProviderMeetingId.parse(id).flatMap(meetings::find).filter(meeting -> maySee(caller, meeting));
    }

    public Page<ProviderMeeting> list(ProviderMeetingRepository.Filter filter, Caller caller, Pageable pageable) {
        String board = VisitAccess.seesAll(caller) || VisitAccess.providerSide(caller) ? null
                : caller.organisation() == null ? "" : caller.organisation();
        return meetings.list(new ProviderMeetingRepository.Filter(filter.boardId(), filter.serviceArea(),
                filter.held(), board), pageable);
    }

    private static boolean maySee(Caller caller, ProviderMeeting meeting) {
        return VisitAccess.providerSide(caller) || VisitAccess.seesBoard(caller, meeting.board().boardOrganisationId());
    }

    public sealed interface Outcome {
        record Done(ProviderMeeting meeting) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String id) implements Outcome {
        }

        record NoSuchBoard(String boardId) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }

        record ChangedMeanwhile() implements Outcome {
        }
    }
}
