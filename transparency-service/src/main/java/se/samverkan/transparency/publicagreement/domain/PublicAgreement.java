package se.samverkan.transparency.publicagreement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed agreement between an orderer board and a provider as the public sees it, built only
 * from orderer-service's events. Every procurement route has the same shape, so the portal shows
 * an in-house direct order exactly as it shows an LOV authorisation or an LOU contract.
 *
 * @param endsOn      the last day agreed at signing; null for an open-ended LOV authorisation
 * @param version     the agreement's version at its owner when it was signed; higher wins
 * @param termination the termination, once it has arrived; it may arrive before the signing
 * @param updatedAt   when this read model last changed, for the open data's Last-Modified
 */
public record PublicAgreement(String agreementId, String boardId, String boardOrganisationId, String providerId,
                              String route, String serviceArea, String title, String startsOn, String endsOn,
                              BigDecimal annualValueSek, boolean strategic, boolean legallyBinding,
                              List<Requirement> requirements, String signedOn, long version,
                              Termination termination, Instant updatedAt) {

    public PublicAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(startsOn, "startsOn");
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /** A requirement of the agreement: its catalogue category, text and how it is followed up. */
    public record Requirement(String requirementId, String category, String text, String followUpMethod) {
    }

    /** The agreement was ended on {@code terminatedOn} (its last day) for the board's reason. */
    public record Termination(String terminatedOn, String reason, long version) {
    }

    public Optional<Termination> terminated() {
        return Optional.ofNullable(termination);
    }

    /** The last day the agreement applies: the termination's day when earlier than the agreed end. */
    public Optional<String> lastDay() {
        if (termination != null && termination.terminatedOn() != null
            && (endsOn == null || termination.terminatedOn().compareTo(endsOn) < 0)) {
            return Optional.of(termination.terminatedOn());
        }
        return Optional.ofNullable(endsOn);
    }

    /** The number of requirements per category, catalogue order first, each with its Swedish label. */
    public RequirementSummary requirementSummary() {
        return RequirementSummary.of(requirements);
    }

    /** The Swedish label of the procurement route, or the code when this reader does not know it. */
    public String routeLabel() {
        return ProcurementRoutes.labelOf(route);
    }
}
