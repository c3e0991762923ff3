package se.samverkan.producer.statistics.domain;

/** How a measure's figure is broken down (jämlik styrning: by gender, age band and area). */
public enum Breakdown {
    /** Kvinnor (K), män (M), totalt (T). */
    GENDER,
    /** The specification's age bands. */
    AGE_BAND,
    /** Parts of the municipality. */
    AREA
}
