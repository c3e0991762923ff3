package se.samverkan.orderer.agreement.domain;

/**
 * The requirement catalogue every agreement draws from. The mandatory categories are the ones
 * every procurement document and agreement must carry; sustainability clauses are used where
 * possible.
 */
public enum RequirementCategory {
    BASIC_QUALITY("Grundläggande krav: kvalitet", true),
    ACTIVITY_GOALS("Grundläggande krav: verksamhetsmål", false),
    RESOURCE_EFFICIENCY("Grundläggande krav: resurseffektivitet", false),
    SOCIAL_SUSTAINABILITY("Social hållbarhet", false),
    ENVIRONMENTAL_SUSTAINABILITY("Miljömässig hållbarhet", false),
    LABOUR_CONDITIONS("Arbetsvillkor (lön, semester, arbetstid, pension, försäkring, meddelarfrihet)", true),
    FOLLOW_UP_DUTY("Skyldighet att medverka i uppföljning, lämna statistik och rapportera till kvalitetsregister", true),
    PUBLIC_INSIGHT_DUTY("Skyldighet att lämna information för allmänhetens insyn", true);

    private final String label;
    private final boolean mandatory;

    RequirementCategory(String label, boolean mandatory) {
        this.label = label;
        this.mandatory = mandatory;
    }

    public String label() {
        return label;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
