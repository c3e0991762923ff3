package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sale of a unit's services to another municipality. Seed 003: the production "kan på
 * marginalen erbjuda och sälja sina tjänster till andra kommuner … Berörd beställarnämnds beslut
 * ska i sådana fall inhämtas": so a sale starts as requested, the orderer board concerned
 * consents or refuses with a reason, and only a consented sale may start and be invoiced.
 *
 * @param ordererBoard the organisation id of the orderer board whose consent is needed ({@code board-von})
 */
public record MunicipalSale(UUID id, String buyerMunicipality, String service, BigDecimal annualAmount,
                            String ordererBoard, Status status, Instant requestedAt, String decidedBy,
                            Instant decidedAt, String decisionReason) {

    public enum Status { REQUESTED, CONSENTED, REFUSED, STARTED, INVOICED }

    public MunicipalSale {
        Objects.requireNonNull(id);
        Objects.requireNonNull(status);
    }

    MunicipalSale withStatus(Status next) {
        return new MunicipalSale(id, buyerMunicipality, service, annualAmount, ordererBoard, next, requestedAt,
                decidedBy, decidedAt, decisionReason);
    }

    MunicipalSale decided(boolean consent, String by, Instant at, String reason) {
        return new MunicipalSale(id, buyerMunicipality, service, annualAmount, ordererBoard,
                consent ? Status.CONSENTED : Status.REFUSED, requestedAt, by, at, reason);
    }
}
