package se.samverkan.reporting.boards.application;

import java.util.List;

import se.samverkan.reporting.boards.domain.KnownBoard;

/** Port to the boards read model, one document per board. */
public interface KnownBoardStore {

    /** Stores the board unless this version or a newer one, or this very event, is stored; true when stored. */
    boolean saveIfNewer(KnownBoard board, long version, String eventId);

    /** Every known board, by short name. */
    List<KnownBoard> all();
}
