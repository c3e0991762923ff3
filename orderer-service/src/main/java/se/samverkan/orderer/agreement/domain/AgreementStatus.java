package se.samverkan.orderer.agreement.domain;

public enum AgreementStatus {
    /** Being written; requirements may change. */
    DRAFT,
    /** Signed and in force: followed up. */
    SIGNED,
    /** Ended before or at its end date. */
    TERMINATED
}
