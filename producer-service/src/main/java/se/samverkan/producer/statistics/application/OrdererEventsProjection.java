package se.samverkan.producer.statistics.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.producer.statistics.domain.Agreement;
import se.samverkan.producer.statistics.domain.Breakdown;
import se.samverkan.producer.statistics.domain.Frequency;
import se.samverkan.producer.statistics.domain.Measure;
import se.samverkan.producer.statistics.domain.SpecificationVersion;
import se.samverkan.producer.statistics.domain.ValueType;

/**
 * Keeps what producer-service knows of the orderer's specifications and agreements in step
 * with orderer-service's events. Idempotent and order-tolerant: a specification version is
 * kept once, an agreement's signing and termination each only when newer.
 */
@Service
public class OrdererEventsProjection {

    private static final Logger log = LoggerFactory.getLogger(OrdererEventsProjection.class);

    private final SpecificationStore specifications;
    private final AgreementStore agreements;

    OrdererEventsProjection(SpecificationStore specifications, AgreementStore agreements) {
        this.specifications = specifications;
        this.agreements = agreements;
    }

    public void onSpecificationPublished(EventEnvelope<StatisticsSpecificationPublishedV1> event) {
        StatisticsSpecificationPublishedV1 payload = event.payload();
        if (payload.specificationId() == null || payload.boardId() == null || payload.boardOrganisationId() == null
                || payload.serviceArea() == null || payload.validFrom() == null) {
            throw new IllegalArgumentException("statistics-specification.published.v1 " + event.eventId()
                    + " lacks specificationId, boardId, boardOrganisationId, serviceArea or validFrom");
        }
        List<Measure> measures = payload.measures() == null ? List.of() : payload.measures().stream()
                .map(OrdererEventsProjection::measure).toList();
        SpecificationVersion version = new SpecificationVersion(payload.specificationId(), payload.boardId(),
                payload.boardOrganisationId(), payload.serviceArea(), payload.version(),
                LocalDate.parse(payload.validFrom()), payload.ageBands(), measures);
        if (!specifications.add(version)) {
            log.info("Ignored event {}: specification {} version {} is known already", event.eventId(),
                    payload.specificationId(), payload.version());
        }
    }

    public void onAgreementSigned(EventEnvelope<AgreementSignedV1> event) {
        AgreementSignedV1 payload = event.payload();
        if (payload.agreementId() == null || payload.providerId() == null || payload.boardId() == null
                || payload.serviceArea() == null || payload.startsOn() == null) {
            throw new IllegalArgumentException("agreement.signed.v1 " + event.eventId()
                    + " lacks agreementId, providerId, boardId, serviceArea or startsOn");
        }
        Agreement agreement = new Agreement(payload.agreementId(), payload.providerId(), payload.boardId(),
                payload.boardOrganisationId() == null ? "" : payload.boardOrganisationId(), payload.serviceArea(),
                LocalDate.parse(payload.startsOn()), payload.endsOn() == null ? null : LocalDate.parse(payload.endsOn()),
                null);
        if (!agreements.saveSigned(agreement, payload.version(), event.eventId().toString())) {
            log.info("Ignored event {}: agreement {} signed at version {} or newer is known", event.eventId(),
                    payload.agreementId(), payload.version());
        }
    }

    public void onAgreementTerminated(EventEnvelope<AgreementTerminatedV1> event) {
        AgreementTerminatedV1 payload = event.payload();
        if (payload.agreementId() == null || payload.terminatedOn() == null) {
            throw new IllegalArgumentException("agreement.terminated.v1 " + event.eventId()
                    + " lacks agreementId or terminatedOn");
        }
        if (!agreements.saveTermination(payload.agreementId(), payload.providerId(),
                LocalDate.parse(payload.terminatedOn()), payload.version(), event.eventId().toString())) {
            log.info("Ignored event {}: agreement {} terminated at version {} or newer is known", event.eventId(),
                    payload.agreementId(), payload.version());
        }
    }

    private static Measure measure(StatisticsSpecificationPublishedV1.Measure measure) {
        Set<Breakdown> breakdowns = EnumSet.noneOf(Breakdown.class);
        if (measure.breakdowns() != null) {
            measure.breakdowns().forEach(code -> breakdowns.add(Breakdown.valueOf(code.toUpperCase(Locale.ROOT))));
        }
        BigDecimal min = measure.minValue();
        return new Measure(measure.code(), measure.name(), measure.category(),
                ValueType.valueOf(measure.valueType().toUpperCase(Locale.ROOT)),
                Frequency.valueOf(measure.frequency().toUpperCase(Locale.ROOT)), measure.required(), breakdowns, min,
                measure.maxValue(), measure.reportsRespondents(), measure.reportsResponseRate(), measure.sourceSystem());
    }
}
