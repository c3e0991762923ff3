package se.samverkan.orderer.board.domain;

/**
 * A service area (verksamhetsområde) a board answers for, with the official responsible for its
 * follow-up (ansvarig handläggare).
 *
 * @param serviceArea         a service-area code as on the wire ({@code HOME_CARE}, …)
 * @param responsibleOfficial who answers for the area's follow-up, as the board names them
 */
public record ServiceAreaResponsibility(String serviceArea, String responsibleOfficial) {
}
