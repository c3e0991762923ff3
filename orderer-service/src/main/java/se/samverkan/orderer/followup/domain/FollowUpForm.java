package se.samverkan.orderer.followup.domain;

/** The forms of follow-up a plan names (003 Bilaga 3, 004). */
public enum FollowUpForm {
    /** Tillsyn: supervision against law and regulations. */
    SUPERVISION,
    /** Verksamhetsuppföljning: the activity against goals and quality requirements. */
    ACTIVITY_FOLLOW_UP,
    /** Avtalsuppföljning: an agreement against its terms. */
    CONTRACT_FOLLOW_UP,
    /** Brukarundersökning. */
    USER_SURVEY,
    /** Särskild granskning, added on cause. */
    SPECIAL_REVIEW
}
