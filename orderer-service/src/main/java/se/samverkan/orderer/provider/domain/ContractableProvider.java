package se.samverkan.orderer.provider.domain;

import java.util.Set;

/**
 * A provider as the orderer side knows it from producer-service's events: enough to sign an
 * agreement with it and to tell which organisation acts for it. In-house and private providers
 * are the same type; only the procurement rules that the law ties to a legal form ask for it.
 *
 * @param organisationId the {@code org} claim of the provider's users; null for providers known
 *                       only from events published before the claim was carried
 */
public record ContractableProvider(String providerId, String name, String legalForm, String organisationId,
                                   long version) {

    /** Non-profit (idéburna) legal forms, the partners an IOP can be made with. */
    private static final Set<String> NON_PROFIT = Set.of("IDEELL_FORENING", "STIFTELSE");

    /** The municipality's own production, the only party a direct order can go to. */
    public boolean isInHouse() {
        return "KOMMUNAL_EGENREGI".equals(legalForm);
    }

    public boolean isNonProfit() {
        return NON_PROFIT.contains(legalForm);
    }
}
