package se.samverkan.reporting.strategiccontracts.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.reporting.strategiccontracts.domain.CategoryCount;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;

/** Keeps the agreements read model in step with orderer-service's agreement events. Idempotent and order-tolerant. */
@Service
public class StrategicContractProjection {

    private static final Logger log = LoggerFactory.getLogger(StrategicContractProjection.class);

    private final StrategicContractStore store;

    StrategicContractProjection(StrategicContractStore store) {
        this.store = store;
    }

    public void onSigned(EventEnvelope<AgreementSignedV1> event) {
        AgreementSignedV1 payload = event.payload();
        if (payload.agreementId() == null || payload.boardOrganisationId() == null) {
            throw new IllegalArgumentException("agreement.signed.v1 " + event.eventId()
                    + " lacks agreementId or boardOrganisationId");
        }
        StrategicContract contract = new StrategicContract(payload.agreementId(), payload.title(), payload.boardId(),
                payload.boardOrganisationId(), payload.providerId(), payload.providerOrganisationId(), payload.route(),
                payload.serviceArea(), payload.startsOn(), payload.endsOn(), payload.annualValueSek(),
                payload.strategic(), payload.contractManager(), CategoryCount.perCategory(
                payload.requirements() == null ? List.of()
                        : payload.requirements().stream().map(AgreementSignedV1.RequirementV1::category).toList()),
                payload.signedOn(), null, null);
        if (!store.saveSigned(contract, payload.version(), event.eventId().toString())) {
            log.info("Ignored event {}: agreement {} already signed at version {} or newer", event.eventId(),
                    payload.agreementId(), payload.version());
        }
    }

    public void onTerminated(EventEnvelope<AgreementTerminatedV1> event) {
        AgreementTerminatedV1 payload = event.payload();
        if (payload.agreementId() == null || payload.terminatedOn() == null) {
            throw new IllegalArgumentException("agreement.terminated.v1 " + event.eventId()
                    + " lacks agreementId or terminatedOn");
        }
        if (!store.saveTermination(payload.agreementId(), payload.terminatedOn(), payload.reason(), payload.version(),
                event.eventId().toString())) {
            log.info("Ignored event {}: agreement {} already terminated at version {} or newer", event.eventId(),
                    payload.agreementId(), payload.version());
        }
    }
}
