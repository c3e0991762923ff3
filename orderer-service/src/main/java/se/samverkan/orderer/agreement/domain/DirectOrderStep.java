package se.samverkan.orderer.agreement.domain;

/**
 * What a direct order to the in-house production needs before it is signed: the approval of
 * both boards and the signatures of both heads of administration.
 */
public enum DirectOrderStep {
    ORDERER_BOARD_APPROVAL("beställarnämndens godkännande", false),
    PRODUCTION_BOARD_APPROVAL("produktionsstyrelsens godkännande", true),
    ORDERER_HEAD_SIGNATURE("beställarförvaltningschefens underskrift", false),
    PRODUCTION_HEAD_SIGNATURE("produktionsförvaltningschefens underskrift", true);

    private final String label;
    private final boolean productionSide;

    DirectOrderStep(String label, boolean productionSide) {
        this.label = label;
        this.productionSide = productionSide;
    }

    public String label() {
        return label;
    }

    /** Recorded by the production (the provider side), not by the orderer. */
    public boolean productionSide() {
        return productionSide;
    }
}
