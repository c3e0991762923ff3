package se.samverkan.orderer.goal.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import se.samverkan.defaults.security.Caller;

/**
 * Who may see and change which board's goals. A board's own officials (orderer officials and
 * contract managers acting for it) see and change them; the council level and finance see every
 * board's; administrators see and change all. To anyone else a board's goals do not exist.
 */
public final class BoardGoalsAccess {

    private BoardGoalsAccess() {
    }

    /** Sees the goals of every board. */
    public static boolean seesAll(Caller caller) {
        return caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
    }

    /** Sees the goals of the board whose officials act for {@code boardOrganisationId}. */
    public static boolean maySee(Caller caller, String boardOrganisationId) {
        return seesAll(caller) || isTheBoards(caller, boardOrganisationId);
    }

    /** Adopts and revises the goals of that board. */
    public static boolean mayChange(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || isTheBoards(caller, boardOrganisationId);
    }

    private static boolean isTheBoards(Caller caller, String boardOrganisationId) {
        return caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }
}
