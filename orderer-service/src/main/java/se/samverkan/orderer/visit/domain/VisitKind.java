package se.samverkan.orderer.visit.domain;

/** The kinds of visit a board makes to a provider's unit. */
public enum VisitKind {
    /** Verksamhetsbesök: the announced visit each unit gets at least once a year. */
    ANNOUNCED("Anmält verksamhetsbesök", true),
    /** Oanmält besök: on a serious complaint or on the board's own initiative; kept from the provider until made. */
    UNANNOUNCED("Oanmält besök", false),
    /** Fördjupad uppföljning: the planned, wider follow-up at the unit every third year; announced. */
    DEEP_FOLLOW_UP("Fördjupad uppföljning", true);

    private final String label;
    private final boolean announced;

    VisitKind(String label, boolean announced) {
        this.label = label;
        this.announced = announced;
    }

    public String label() {
        return label;
    }

    /** Whether the provider is told of the visit before it is made. */
    public boolean announced() {
        return announced;
    }
}
