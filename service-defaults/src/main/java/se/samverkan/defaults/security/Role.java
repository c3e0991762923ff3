package se.samverkan.defaults.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the platform, as the identity provider puts them in the token's {@code roles}
 * claim. Anonymous callers (citizens on the public portal) have none. The glossary maps each
 * to its Swedish name.
 */
public enum Role {
    /** Beställarhandläggare: acts for one orderer board. */
    ORDERER_OFFICIAL("orderer-official"),
    /** Avtalsansvarig: manages a board's agreements and follow-up. */
    CONTRACT_MANAGER("contract-manager"),
    /** Utförare: acts for one provider, private or in-house. */
    PROVIDER_USER("provider-user"),
    /** Produktionsstyrelse: manages the municipality's own production, a provider like the others. */
    PRODUCTION_BOARD("production-board"),
    /** Analytiker vid kommunledningskontoret (KS/KLK). */
    COUNCIL_ANALYST("council-analyst"),
    /** Ekonomi: the finance function. */
    FINANCE("finance"),
    /** Systemförvaltare: runs the platform. */
    ADMINISTRATOR("administrator");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The value in the token's roles claim. */
    public String claim() {
        return claim;
    }

    /** The Spring Security authority, {@code ROLE_<claim>}. */
    public String authority() {
        return "ROLE_" + claim;
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
