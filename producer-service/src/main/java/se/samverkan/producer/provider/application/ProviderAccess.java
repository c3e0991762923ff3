package se.samverkan.producer.provider.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import se.samverkan.defaults.security.Caller;
import se.samverkan.producer.provider.domain.Provider;

/**
 * Who may see and change which provider. The orderer side and the council level see every
 * provider; a provider's users (the production board for the in-house production, which is a
 * provider like the others) see and change only their own. A provider they may not see is,
 * to them, a provider that does not exist.
 */
public final class ProviderAccess {

    private ProviderAccess() {
    }

    /** Sees every provider: the orderer side, the council level and administrators. */
    public static boolean seesAll(Caller caller) {
        return caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
    }

    public static boolean maySee(Caller caller, Provider provider) {
        return seesAll(caller) || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD) && provider.isRunBy(caller.organisation());
    }

    /** Opening a unit: the provider itself, its contract manager or an administrator. */
    public static boolean mayChange(Caller caller, Provider provider) {
        return caller.hasAny(CONTRACT_MANAGER, ADMINISTRATOR)
                || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD) && provider.isRunBy(caller.organisation());
    }
}
