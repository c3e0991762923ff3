package se.samverkan.orderer.finding.domain;

/** How serious a finding is (allvarlighetsgrad), in rising order. */
public enum Severity {
    LOW("Låg"),
    MEDIUM("Måttlig"),
    HIGH("Hög"),
    /** Serious: the provider's action plan is due within {@link Finding#SERIOUS_PLAN_DAYS} days. */
    SERIOUS("Allvarlig");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 1 for LOW up to 4 for SERIOUS, so findings sort by severity. */
    public int rank() {
        return ordinal() + 1;
    }
}
