package se.samverkan.orderer.board.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.BoardRegisteredV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.board.domain.BoardId;

/** Use cases of boards: create one, read them. */
@Service
public class BoardService {

    private final BoardRepository boards;
    private final Clock clock;

    BoardService(BoardRepository boards, Clock clock) {
        this.boards = boards;
        this.clock = clock;
    }

    /** Registers a board and publishes {@code board.registered.v1} from its outbox in the same write. */
    public Outcome create(String name, String shortName, Caller caller) {
        Board.Creation creation = Board.create(name, shortName, clock.instant());
        if (creation instanceof Board.Creation.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Board board = ((Board.Creation.Created) creation).board();
        EventEnvelope<BoardRegisteredV1> registered = EventEnvelope.of(EventTypes.BOARD_REGISTERED_V1, board.createdAt(),
                caller.organisation(), CorrelationId.current(), new BoardRegisteredV1(board.id().toString(),
                        board.name(), board.shortName(), board.organisationId(), board.version()));
        if (boards.existsWithNameOrShortName(board) || !boards.insert(board, List.of(registered))) {
            return new Outcome.AlreadyExists(board.name(), board.shortName());
        }
        return new Outcome.Created(board);
    }

    /**
     * Sets the service areas the board answers for and who is responsible for each: the board's
     * own officials' act (orderer officials, contract managers) or an administrator's; another
     * board does not exist to the caller.
     */
    public Outcome assignServiceAreas(String id, List<Board.ServiceAreaTerms> serviceAreas, Caller caller) {
        Board board = find(id).filter(found -> caller.hasAny(Role.ADMINISTRATOR)
                || caller.actsFor(found.organisationId(), Role.ORDERER_OFFICIAL, Role.CONTRACT_MANAGER)).orElse(null);
        if (board == null) {
            return new Outcome.NotFound(id);
        }
        Board.Change change = board.assignServiceAreas(serviceAreas);
        if (change instanceof Board.Change.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Board changed = ((Board.Change.Changed) change).board();
        if (!boards.update(changed, board.version())) {
            return new Outcome.ChangedMeanwhile();
        }
        return find(id).<Outcome>map(Outcome.Changed::new).orElseGet(() -> new Outcome.NotFound(id));
    }

    public Optional<Board> find(String id) {
        return BoardId.parse(id).flatMap(boards::find);
    }

    public Page<Board> list(Pageable pageable) {
        return boards.list(pageable);
    }

    public sealed interface Outcome {
        record Created(Board board) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record AlreadyExists(String name, String shortName) implements Outcome {
        }

        record Changed(Board board) implements Outcome {
        }

        record NotFound(String id) implements Outcome {
        }

        record ChangedMeanwhile() implements Outcome {
        }
    }
}
