package se.samverkan.producer.statistics.domain;

/** How often a measure is reported: per month, quarter or year. */
public enum Frequency {
    MONTHLY("månadsvis"),
    QUARTERLY("kvartalsvis"),
    YEARLY("årsvis");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
