package se.samverkan.orderer.goal.domain;

import java.util.Objects;

import se.samverkan.orderer.board.domain.BoardId;

/**
 * The board whose goals these are, as the goals keep it: its id, short name and the organisation
 * id (the {@code org} claim) of its officials. A board's name and short name do not change.
 */
public record BoardRef(BoardId id, String shortName, String organisationId) {

    public BoardRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(organisationId, "organisationId");
    }
}
