package se.samverkan.orderer.finding.domain;

import java.util.Objects;

/**
 * The agreement a finding is about, as the finding keeps it: which board owns it and which
 * provider answers for it, so access and the list filters need no other aggregate.
 *
 * @param providerOrganisationId the {@code org} claim of the provider's users; null if unknown
 */
public record AgreementRef(String agreementId, String title, String boardId, String boardOrganisationId,
                           String providerId, String providerName, String providerOrganisationId,
                           boolean strategic) {

    public AgreementRef {
        Objects.requireNonNull(agreementId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(boardId);
        Objects.requireNonNull(boardOrganisationId);
        Objects.requireNonNull(providerId);
        Objects.requireNonNull(providerName);
    }
}
