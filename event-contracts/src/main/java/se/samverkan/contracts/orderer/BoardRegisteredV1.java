package se.samverkan.contracts.orderer;

/**
 * An orderer board (beställarnämnd / verksamhetsnämnd) was registered. Published by orderer-service,
 * so other services know which boards exist, e.g. reporting-service for whom a report is due.
 *
 * @param boardId        the board's id in orderer-service
 * @param name           the board's name, e.g. "Vård- och omsorgsnämnden"
 * @param shortName      its short name in capitals, e.g. "VON"
 * @param organisationId the {@code org} claim of the board's officials, e.g. "board-von"
 * @param version        the board aggregate's version; higher wins
 */
public record BoardRegisteredV1(
        String boardId,
        String name,
        String shortName,
        String organisationId,
        long version) {
}
