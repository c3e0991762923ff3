package se.samverkan.producer.resultunit.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import se.samverkan.defaults.security.Caller;

/**
 * Who may see and manage the in-house production's result units and dialogue records. The
 * production board acts for the in-house provider and manages them; the in-house provider's
 * own users may read them; the council level (analysts, finance) and administrators read all.
 * To anyone else, in particular a private provider's users, they do not exist (404).
 */
public final class ResultUnitAccess {

    private ResultUnitAccess() {
    }

    public static boolean seesAll(Caller caller) {
        return caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
    }

    /** Whether the caller may read the things of the in-house provider with this organisation id. */
    public static boolean maySee(Caller caller, String providerOrganisationId) {
        return seesAll(caller) || caller.actsFor(providerOrganisationId, PRODUCTION_BOARD, PROVIDER_USER);
    }

    /** Whether the caller manages the things of this in-house provider: its production board. */
    public static boolean mayManage(Caller caller, String providerOrganisationId) {
        return caller.actsFor(providerOrganisationId, PRODUCTION_BOARD);
    }

    /** The organisation a listing is limited to: null for those who see all, else the caller's own (or none). */
    static String onlyOrganisation(Caller caller) {
        return seesAll(caller) ? null : caller.organisation() == null ? "" : caller.organisation();
    }
}
