package se.samverkan.orderer.internalcontrol.domain;

/** What a risk was found from, as the municipality's rules for internal control name the bases (004). */
public enum RiskSource {
    /** the municipality's goals, vision and common values */
    GOALS_AND_VISION,
    /** the activity's basic mission (basuppdrag) */
    BASIC_MISSION,
    /** laws and regulations (lagar och reglementen) */
    LAWS_AND_REGULATIONS,
    /** a systematic review of whether processes, routines and rules are followed */
    PROCESS_REVIEW,
    /** the auditors' and other reviews (revision och andra granskningar) */
    AUDIT
}
