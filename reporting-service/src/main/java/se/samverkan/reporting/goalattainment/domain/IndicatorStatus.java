package se.samverkan.reporting.goalattainment.domain;

/** Where an indicator stands against its target for the year, from the reported figures. */
public enum IndicatorStatus {
    ON_TARGET("Målvärdet nås"),
    OFF_TARGET("Målvärdet nås inte"),
    NO_FIGURES("Inga rapporterade värden för året"),
    NO_TARGET("Inget målvärde för året"),
    NOT_MEASURED("Indikatorn är inte kopplad till något statistikmått");

    private final String label;

    IndicatorStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
