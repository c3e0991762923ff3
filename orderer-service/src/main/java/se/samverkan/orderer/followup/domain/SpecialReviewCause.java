package se.samverkan.orderer.followup.domain;

/** Why a special review is added to a decided plan. */
public enum SpecialReviewCause {
    NEW_LAW,
    BOARD_DECISION,
    CHAIR_DECISION
}
