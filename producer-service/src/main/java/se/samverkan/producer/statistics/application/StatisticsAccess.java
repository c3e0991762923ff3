package se.samverkan.producer.statistics.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import se.samverkan.defaults.security.Caller;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.statistics.domain.Submission;

/**
 * Who may submit and read which statistics. A provider's users (the production board for the
 * in-house production) submit and read their own provider's; a board's officials read what
 * was checked against their board's specification; the council level, finance and
 * administrators read all. What a caller may not read does not exist to them.
 */
final class StatisticsAccess {

    private StatisticsAccess() {
    }

    static boolean isProviderSide(Caller caller, Provider provider) {
        return caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD) && provider.isRunBy(caller.organisation());
    }

    static boolean maySubmit(Caller caller, Provider provider) {
        return isProviderSide(caller, provider);
    }

    static boolean readsEverything(Caller caller) {
        return caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
    }

    static boolean isBoardOfficial(Caller caller) {
        return caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER) && caller.organisation() != null;
    }

    /** Whether the caller reads any of the provider's statistics at all. */
    static boolean mayReadProvider(Caller caller, Provider provider) {
        return readsEverything(caller) || isBoardOfficial(caller) || isProviderSide(caller, provider);
    }

    static boolean mayRead(Caller caller, Provider provider, Submission submission) {
        if (readsEverything(caller) || isProviderSide(caller, provider)) {
            return true;
        }
        return isBoardOfficial(caller) && submission.concernsBoard(caller.organisation());
    }

    /** The board a caller's reading is limited to, or null for no limit. */
    static String boardLimit(Caller caller, Provider provider) {
        if (readsEverything(caller) || isProviderSide(caller, provider)) {
            return null;
        }
        return caller.organisation();
    }
}
