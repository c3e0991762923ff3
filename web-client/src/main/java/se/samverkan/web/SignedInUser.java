package se.samverkan.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the identity provider's ID token says: user name, name, the organisation
 * they act for ({@code org}) and their roles ({@code roles}). The menu follows the roles; what
 * may actually be read or changed is decided by the APIs, with the access token.
 */
record SignedInUser(String username, String name, String organisation, List<String> roles) {

    static final String ORDERER_OFFICIAL = "orderer-official";
    static final String CONTRACT_MANAGER = "contract-manager";
    static final String PROVIDER_USER = "provider-user";
    static final String PRODUCTION_BOARD = "production-board";
    static final String COUNCIL_ANALYST = "council-analyst";
    static final String FINANCE = "finance";
    static final String ADMINISTRATOR = "administrator";

    static SignedInUser of(OidcUser user) {
        Object roles = user.getClaims().get("roles");
        List<String> names = roles instanceof Collection<?> values ? values.stream().map(String::valueOf).toList() : List.of();
        String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        String name = user.getFullName() != null && !user.getFullName().isBlank() ? user.getFullName() : username;
        return new SignedInUser(username, name, user.getClaimAsString("org"), names);
    }

    boolean has(String role) {
        return roles.contains(role);
    }

    /** Officials of an orderer board: follow-up plans and findings of their board. */
    public boolean isOrderer() {
        return has(ORDERER_OFFICIAL) || has(CONTRACT_MANAGER) || has(ADMINISTRATOR);
    }

    /** A provider's staff, in-house or private: their findings and statistics. */
    public boolean isProvider() {
        return has(PROVIDER_USER) || has(PRODUCTION_BOARD);
    }

    /** The council level and finance: every board's findings to read. */
    public boolean readsAllFindings() {
        return has(COUNCIL_ANALYST) || has(FINANCE) || has(ADMINISTRATOR);
    }

    public boolean seesFindings() {
        return isOrderer() || isProvider() || readsAllFindings();
    }

    /** Finance and the council level download the exports. */
    public boolean downloadsExports() {
        return has(FINANCE) || has(COUNCIL_ANALYST) || has(ADMINISTRATOR);
    }

    /** The council level, finance and administrators read every board's reports, not one board's. */
    public boolean readsEveryBoard() {
        return has(COUNCIL_ANALYST) || has(FINANCE) || has(ADMINISTRATOR);
    }

    /** A board's officials, the council analysts and administrators follow the coverage of the visits. */
    public boolean seesCoverage() {
        return has(ORDERER_OFFICIAL) || has(CONTRACT_MANAGER) || has(COUNCIL_ANALYST) || has(ADMINISTRATOR);
    }

    /** Everyone with a role reads the agreements they are party to (the council level and finance all of them). */
    public boolean seesAgreements() {
        return seesFindings();
    }

    /** The in-house result units: the production board, the council analysts, finance and administrators. */
    public boolean seesResultUnits() {
        return has(PRODUCTION_BOARD) || has(COUNCIL_ANALYST) || has(FINANCE) || has(ADMINISTRATOR);
    }

    /** The reporting calendar: the boards' officials (their own board) and the council level and finance (all). */
    public boolean seesReportingCalendar() {
        return has(ORDERER_OFFICIAL) || has(CONTRACT_MANAGER) || readsEveryBoard();
    }

    /** Goal attainment and the equality analysis: everyone but a private provider's users. */
    public boolean seesGoalAttainment() {
        return isOrderer() || has(PRODUCTION_BOARD) || readsEveryBoard();
    }

    /** The role in Swedish, for the page header. */
    public String roleLabel() {
        if (roles.isEmpty()) {
            return "ingen roll";
        }
        return switch (roles.get(0)) {
            case ORDERER_OFFICIAL -> "beställarhandläggare";
            case CONTRACT_MANAGER -> "avtalsansvarig";
            case PROVIDER_USER -> "utförare";
            case PRODUCTION_BOARD -> "produktionsstyrelse";
            case COUNCIL_ANALYST -> "analytiker, KLK";
            case FINANCE -> "ekonomi";
            case ADMINISTRATOR -> "systemförvaltare";
            default -> roles.get(0);
        };
    }
}
