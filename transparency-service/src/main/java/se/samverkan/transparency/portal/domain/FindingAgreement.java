package se.samverkan.transparency.portal.domain;

import java.util.Map;

/**
 * What the findings' pages need of a signed agreement: its title and service area, and the text
 * of each requirement a finding can name. The contract manager is not kept.
 *
 * @param requirements requirement id → its text
 */
public record FindingAgreement(String agreementId, String providerId, String title, String serviceArea,
                               Map<String, String> requirements, long version) {

    public FindingAgreement {
        requirements = requirements == null ? Map.of() : Map.copyOf(requirements);
    }
}
