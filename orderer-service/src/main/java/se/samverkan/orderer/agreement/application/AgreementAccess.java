package se.samverkan.orderer.agreement.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import se.samverkan.defaults.security.Caller;
import se.samverkan.orderer.agreement.domain.Agreement;
import se.samverkan.orderer.agreement.domain.DirectOrderStep;

/**
 * Who may see and change which agreement. A board's officials act on their own board's
 * agreements; the council level and administrators see all; a provider's users (the production
 * board for the in-house production) see their own provider's agreements and record the
 * production's side of a direct order. An agreement a caller may not see does not exist to them.
 */
final class AgreementAccess {

    private AgreementAccess() {
    }

    static boolean seesAll(Caller caller) {
        return caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
    }

    static boolean actsForBoard(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }

    static boolean actsForProvider(Caller caller, Agreement agreement) {
        return caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD) && agreement.withProviderRunBy(caller.organisation());
    }

    /** A board the contract spans follows it up for its part, so its officials see it too. */
    static boolean maySee(Caller caller, Agreement agreement) {
        return seesAll(caller) || actsForBoard(caller, agreement.boardOrganisationId())
                || caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER) && agreement.sharedWith(caller.organisation())
                || actsForProvider(caller, agreement);
    }

    /** Requirements, signing and ending are the board's acts. */
    static boolean mayChange(Caller caller, Agreement agreement) {
        return actsForBoard(caller, agreement.boardOrganisationId());
    }

    /** The orderer records its board's approval and its head's signature; the production its own. */
    static boolean mayRecord(Caller caller, Agreement agreement, DirectOrderStep step) {
        if (caller.hasAny(ADMINISTRATOR)) {
            return true;
        }
        return step.productionSide()
                ? caller.actsFor(agreement.provider().organisationId(), PRODUCTION_BOARD)
                : caller.actsFor(agreement.boardOrganisationId(), ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }
}
