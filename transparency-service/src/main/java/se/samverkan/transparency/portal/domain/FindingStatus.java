package se.samverkan.transparency.portal.domain;

/** Where a finding stands, as the public sees it. */
public enum FindingStatus {
    /** Registered, or its action plan was rejected: the provider owes an (new) action plan. */
    OPEN("öppen"),
    /** The board accepted the provider's action plan; the provider carries it out. */
    PLAN_ACCEPTED("åtgärdsplan godkänd"),
    /** The board verified that the finding is remedied. */
    CLOSED("avslutad");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
