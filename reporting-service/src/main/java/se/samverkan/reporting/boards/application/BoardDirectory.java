package se.samverkan.reporting.boards.application;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.orderer.BoardRegisteredV1;
import se.samverkan.reporting.boards.domain.KnownBoard;

/**
 * Which orderer boards exist, from orderer-service's {@code board.registered.v1}: whom the
 * reporting calendar expects reports from, and the names the economy report shows.
 */
@Service
public class BoardDirectory {

    private static final Logger log = LoggerFactory.getLogger(BoardDirectory.class);

    private final KnownBoardStore store;

    BoardDirectory(KnownBoardStore store) {
        this.store = store;
    }

    public void onRegistered(EventEnvelope<BoardRegisteredV1> event) {
        BoardRegisteredV1 payload = event.payload();
        if (payload.boardId() == null || payload.organisationId() == null || payload.organisationId().isBlank()) {
            throw new IllegalArgumentException("board.registered.v1 " + event.eventId()
                    + " lacks boardId or organisationId");
        }
        KnownBoard board = new KnownBoard(payload.boardId(), payload.organisationId(), payload.shortName(),
                payload.name());
        if (!store.saveIfNewer(board, payload.version(), event.eventId().toString())) {
            log.info("Ignored event {}: board {} already at version {} or newer", event.eventId(), payload.boardId(),
                    payload.version());
        }
    }

    /** Every board known, by short name. */
    public List<KnownBoard> all() {
        return store.all();
    }

    public Optional<KnownBoard> byOrganisation(String organisationId) {
        return all().stream().filter(board -> board.organisationId().equals(organisationId)).findFirst();
    }
}
