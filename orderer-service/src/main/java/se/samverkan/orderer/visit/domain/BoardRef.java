package se.samverkan.orderer.visit.domain;

/** The board that makes a visit or holds a meeting, and the organisation its officials act for. */
public record BoardRef(String boardId, String boardOrganisationId) {
}
