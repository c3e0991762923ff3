package se.samverkan.orderer.followup.domain;

/** Who receives the results of a follow-up. */
public enum FeedbackRecipient {
    BOARD,
    PROVIDER,
    PUBLIC
}
