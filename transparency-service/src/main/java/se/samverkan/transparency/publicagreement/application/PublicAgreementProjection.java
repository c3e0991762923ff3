package se.samverkan.transparency.publicagreement.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;

/**
 * Keeps the public agreements in step with orderer-service's events. Idempotent and order-tolerant:
 * the signing and the termination are kept apart, each guarded by its own version, so a termination
 * that overtakes its signing, or either event delivered twice, ends in the same state.
 */
@Service
public class PublicAgreementProjection {

    private static final Logger log = LoggerFactory.getLogger(PublicAgreementProjection.class);

    private final PublicAgreementStore store;

    PublicAgreementProjection(PublicAgreementStore store) {
        this.store = store;
    }

    public void onSigned(EventEnvelope<AgreementSignedV1> event) {
        AgreementSignedV1 payload = event.payload();
        if (payload.agreementId() == null || payload.providerId() == null || payload.route() == null
            || payload.startsOn() == null) {
            throw new IllegalArgumentException("agreement.signed.v1 " + event.eventId()
                    + " lacks agreementId, providerId, route or startsOn");
        }
        requireDates(event.eventId() + " (agreement.signed.v1)", payload.startsOn(), payload.endsOn(),
                payload.signedOn());
        List<PublicAgreement.Requirement> requirements = payload.requirements() == null ? List.of()
                : payload.requirements().stream().map(requirement -> new PublicAgreement.Requirement(
                        requirement.requirementId(), requirement.category(), requirement.text(),
                        requirement.followUpMethod())).toList();
        PublicAgreement signed = new PublicAgreement(payload.agreementId(), payload.boardId(),
                payload.boardOrganisationId(), payload.providerId(), payload.route(), payload.serviceArea(),
                payload.title(), payload.startsOn(), payload.endsOn(), amount(payload.annualValueSek()),
                payload.strategic(), payload.legallyBinding(), requirements, payload.signedOn(), payload.version(),
                null, null);
        if (!store.saveSignedIfNewer(signed, event.eventId().toString())) {
            log.info("Ignored event {}: agreement {} already at version {} or newer", event.eventId(),
                    payload.agreementId(), payload.version());
        }
    }

    public void onTerminated(EventEnvelope<AgreementTerminatedV1> event) {
        AgreementTerminatedV1 payload = event.payload();
        if (payload.agreementId() == null || payload.providerId() == null) {
            throw new IllegalArgumentException("agreement.terminated.v1 " + event.eventId()
                    + " lacks agreementId or providerId");
        }
        requireDates(event.eventId() + " (agreement.terminated.v1)", payload.terminatedOn());
        if (!store.saveTerminationIfNewer(payload.agreementId(), payload.boardId(), payload.providerId(),
                new PublicAgreement.Termination(payload.terminatedOn(), payload.reason(), payload.version()),
                event.eventId().toString())) {
            log.info("Ignored event {}: termination of agreement {} already recorded", event.eventId(),
                    payload.agreementId());
        }
    }

    /** The pages and the open data rely on ISO dates; an event with another shape is parked, not stored. */
    private static void requireDates(String event, String... dates) {
        for (String date : dates) {
            if (date == null) {
                continue;
            }
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException notAnIsoDate) {
                throw new IllegalArgumentException("Event " + event + " has a date that is not ISO-8601: " + date);
            }
        }
    }

    private static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
