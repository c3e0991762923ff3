package se.samverkan.transparency.publicagreement.domain;

import java.util.Arrays;

/** How the board bought the service, as {@code agreement.signed.v1} names it, with the label the public reads. */
public enum ProcurementRoutes {
    LOV("Kundval (LOV)"),
    LOU("Upphandling (LOU/LUF)"),
    DIRECT_ORDER("Direktbeställning till egenregin"),
    IOP("Idéburet offentligt partnerskap (IOP)");

    private final String label;

    ProcurementRoutes(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Swedish label of a code, or the code itself when this reader does not know it. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(route -> route.name().equals(code)).findFirst()
                .map(ProcurementRoutes::label).orElse(code);
    }
}
