package se.samverkan.orderer.visit.domain;

public enum VisitStatus {
    PLANNED("Planerat"),
    PERFORMED("Genomfört");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
