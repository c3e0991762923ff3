package se.samverkan.orderer.visit.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import se.samverkan.defaults.security.Caller;
import se.samverkan.orderer.visit.domain.Visit;

/**
 * Who may see and act on which visit, meeting and coverage view. A board's own officials plan
 * and record its visits and meetings; the council level reads all; administrators may do both.
 * A provider's users (the production board for the in-house production) see the visits to their
 * own units that are announced or already made, never an unannounced visit still to come. What a
 * caller may not see does not exist to them.
 */
final class VisitAccess {

    private VisitAccess() {
    }

    static boolean seesAll(Caller caller) {
        return caller.hasAny(COUNCIL_ANALYST, ADMINISTRATOR);
    }

    static boolean actsForBoard(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }

    static boolean providerSide(Caller caller) {
        return caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD);
    }

    static boolean seesBoard(Caller caller, String boardOrganisationId) {
        return seesAll(caller) || actsForBoard(caller, boardOrganisationId);
    }

    static boolean maySee(Caller caller, Visit visit) {
        if (seesBoard(caller, visit.board().boardOrganisationId())) {
            return true;
        }
        String provider = visit.unit().providerOrganisationId();
        return provider != null && caller.actsFor(provider, PROVIDER_USER, PRODUCTION_BOARD)
                && visit.visibleToProvider();
    }

    /** The complaint behind an unannounced visit is the board's; the provider sees only the visit. */
    static boolean seesComplaint(Caller caller, Visit visit) {
        return seesBoard(caller, visit.board().boardOrganisationId());
    }
}
