package se.samverkan.reporting.boards.domain;

/**
 * An orderer board as reporting-service knows it from orderer-service's {@code board.registered.v1}.
 *
 * @param organisationId the {@code org} claim of the board's officials, e.g. {@code board-von}
 */
public record KnownBoard(String boardId, String organisationId, String shortName, String name) {
}
