package se.samverkan.orderer.agreement.domain;

/** How the board bought the service. Every route ends in an agreement followed up the same way. */
public enum ProcurementRoute {
    /** Kundval under LOV: the provider was authorised (godkänd) under the board's rulebook. */
    LOV("Kundval (LOV)"),
    /** A tender under LOU or LUF, awarded after the standstill period. */
    LOU("Upphandling (LOU/LUF)"),
    /** Direktbeställning to the in-house production: internal, not legally binding. */
    DIRECT_ORDER("Direktbeställning till egenregin"),
    /** Idéburet offentligt partnerskap with a non-profit organisation. */
    IOP("Idéburet offentligt partnerskap (IOP)");

    private final String label;

    ProcurementRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
