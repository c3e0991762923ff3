package se.samverkan.orderer.finding.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import se.samverkan.defaults.security.Caller;
import se.samverkan.orderer.finding.domain.Finding;

/**
 * Who may see and act on which finding. The owning board's officials register it, decide on
 * plans, follow it up and close it; the provider's users (the production board for the in-house
 * production) answer it; the council level sees all; administrators may act for both sides. A
 * finding a caller may not see does not exist to them.
 */
final class FindingAccess {

    private FindingAccess() {
    }

    static boolean seesAll(Caller caller) {
        return caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
    }

    static boolean actsForBoard(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }

    static boolean actsForProvider(Caller caller, Finding finding) {
        String provider = finding.agreement().providerOrganisationId();
        return caller.hasAny(ADMINISTRATOR)
                || provider != null && caller.actsFor(provider, PROVIDER_USER, PRODUCTION_BOARD);
    }

    static boolean providerSide(Caller caller) {
        return caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD);
    }

    static boolean maySee(Caller caller, Finding finding) {
        return seesAll(caller) || actsForBoard(caller, finding.agreement().boardOrganisationId())
                || actsForProvider(caller, finding);
    }
}
