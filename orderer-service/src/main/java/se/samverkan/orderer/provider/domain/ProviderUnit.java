package se.samverkan.orderer.provider.domain;

import java.time.LocalDate;

/**
 * A unit (utförarenhet) of a provider as the orderer side knows it from producer-service's
 * events: what the board visits and follows up. In-house and private units are the same type.
 *
 * @param serviceArea     the service-area code as on the wire ({@code HOME_CARE}, …)
 * @param area            the part of the municipality it serves or lies in; may be null
 * @param openedOn        the day it opens; null when the event did not carry a readable date
 * @param closedOn        the first day it is closed; null while it is open
 * @param providerVersion the provider aggregate's version the unit was read at
 */
public record ProviderUnit(String unitId, String providerId, String name, String serviceArea, String area,
                           LocalDate openedOn, LocalDate closedOn, long providerVersion) {

    /**
     * Whether the unit is open some time in the year, so it is to be visited that year: opened by
     * its end and not closed before it began.
     */
    public boolean openIn(int year) {
        return (openedOn == null || openedOn.getYear() <= year)
                && (closedOn == null || closedOn.isAfter(LocalDate.of(year, 1, 1)));
    }
}
