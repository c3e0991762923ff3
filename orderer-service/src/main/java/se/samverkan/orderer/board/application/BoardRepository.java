package se.samverkan.orderer.board.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.board.domain.BoardId;

public interface BoardRepository {

    /** Stores the board with its events in its outbox; false when a board with the same name or short name exists. */
    boolean insert(Board board, List<EventEnvelope<?>> events);

    boolean existsWithNameOrShortName(Board board);

    Optional<Board> find(BoardId id);

    /** Stores the change if nobody changed the board since {@code readVersion}. */
    boolean update(Board board, long readVersion);

    Page<Board> list(Pageable pageable);
}
