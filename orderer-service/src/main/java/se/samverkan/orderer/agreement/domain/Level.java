package se.samverkan.orderer.agreement.domain;

/** A contract's value, or its impact on the activity citizens meet, as the board classifies it. */
public enum Level {
    LOW,
    HIGH
}
