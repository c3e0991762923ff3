package se.samverkan.transparency.publicagreement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;

class PublicAgreementProjectionTest {

    private final List<String> stored = new ArrayList<>();
    private final PublicAgreementProjection projection = new PublicAgreementProjection(new PublicAgreementStore() {
        @Override
        public boolean saveSignedIfNewer(PublicAgreement signed, String eventId) {
            stored.add("signed " + signed.agreementId() + " " + signed.annualValueSek());
            return true;
        }

        @Override
        public boolean saveTerminationIfNewer(String agreementId, String boardId, String providerId,
                                              PublicAgreement.Termination termination, String eventId) {
            stored.add("terminated " + agreementId);
            return true;
        }

        @Override
        public List<PublicAgreement> ofProvider(String providerId) {
            return List.of();
        }

        @Override
        public List<PublicAgreement> all() {
            return List.of();
        }

        @Override
        public Optional<Instant> lastChange() {
            return Optional.empty();
        }
    });

    @Test
    void anAgreementWhoseDatesAreNotIsoDatesIsRefusedSoItIsParkedInsteadOfBreakingThePagesAndTheOpenData() {
        assertThatThrownBy(() -> projection.onSigned(signed("1 januari 2026", "14500000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 januari 2026");
        assertThatThrownBy(() -> projection.onTerminated(EventEnvelope.of(EventTypes.AGREEMENT_TERMINATED_V1,
                Instant.now(), "board-von", "test", new AgreementTerminatedV1("a-1", "b-1", "p-1", "31/3 2027",
                        "Uppsagt", 3)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void anAnnualValueThatIsNoNumberIsLeftOutAndTheAgreementStillStored() {
        projection.onSigned(signed("2026-01-01", "cirka en miljon"));

        assertThat(stored).containsExactly("signed a-1 null");
    }

    private static EventEnvelope<AgreementSignedV1> signed(String startsOn, String annualValue) {
        return EventEnvelope.of(EventTypes.AGREEMENT_SIGNED_V1, Instant.now(), "board-von", "test",
                new AgreementSignedV1("a-1", "b-1", "board-von", "p-1", null, "LOV", "HOME_CARE", "Hemtjänst",
                        startsOn, null, annualValue, false, true, null, List.of(), "2025-12-01", 1));
    }
}
