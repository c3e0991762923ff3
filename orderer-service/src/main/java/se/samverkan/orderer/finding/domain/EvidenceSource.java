package se.samverkan.orderer.finding.domain;

/** Where the orderer observed what a finding is based on: the forms of systematic follow-up. */
public enum EvidenceSource {
    VISIT("Verksamhetsbesök"),
    UNANNOUNCED_VISIT("Oanmält besök"),
    STATISTICS("Statistik"),
    USER_SURVEY("Brukarundersökning"),
    NATIONAL_REGISTER("Nationellt kvalitetsregister"),
    COMPLAINT("Synpunkt, klagomål eller anmälan"),
    DOCUMENT_REVIEW("Granskning av dokument");

    private final String label;

    EvidenceSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
