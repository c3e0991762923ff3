package se.samverkan.orderer.agreement.domain;

/** How a requirement is followed up, so every later finding traces back to a requirement. */
public enum FollowUpMethod {
    STATISTICS,
    VISIT,
    USER_SURVEY,
    DOCUMENT_REVIEW,
    NATIONAL_REGISTER,
    PROVIDER_MEETING
}
