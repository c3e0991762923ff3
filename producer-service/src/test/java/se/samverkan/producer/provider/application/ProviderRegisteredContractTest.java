package se.samverkan.producer.provider.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.security.Role;
import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;

/** Producer side of the golden test: what registering a provider publishes has the documented shape. */
class ProviderRegisteredContractTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void registeringAProviderWritesTheGoldenShapeOfProviderRegisteredV1() throws Exception {
        RecordingRepository repository = new RecordingRepository();
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:15:00Z"), ZoneOffset.UTC);
        new RegisterProvider(repository, clock).handle(new RegisterProvider.Command("Omsorgsgruppen Norr AB",
                "AKTIEBOLAG", "5566778899", "provider-omsorgsgruppen-norr",
                new Caller("admin", "ks-klk", Set.of(Role.ADMINISTRATOR))));

        ObjectNode written = (ObjectNode) json.readTree(EventJson.write(repository.events.get(0)));
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.PROVIDER_REGISTERED_V1.exampleResource())) {
            golden = json.readTree(in.readAllBytes());
        }
        // Identity and tracing fields differ per event; everything else must match the golden file.
        written.put("eventId", golden.get("eventId").asString());
        written.put("correlationId", golden.get("correlationId").asString());
        ((ObjectNode) written.get("payload")).put("providerId", golden.get("payload").get("providerId").asString());

        assertThat(written).isEqualTo(golden);
    }

    private static final class RecordingRepository implements ProviderRepository {

        final List<EventEnvelope<?>> events = new ArrayList<>();

        @Override
        public boolean existsByOrganisationNumber(OrganisationNumber number) {
            return false;
        }

        @Override
        public boolean existsByOrganisationId(String organisationId) {
            return false;
        }

        @Override
        public boolean insert(Provider provider, List<EventEnvelope<?>> newEvents) {
            events.addAll(newEvents);
            return true;
        }

        @Override
        public boolean update(Provider provider, long readVersion, List<EventEnvelope<?>> newEvents) {
            events.addAll(newEvents);
            return true;
        }

        @Override
        public void appendEvents(ProviderId id, List<EventEnvelope<?>> newEvents) {
            events.addAll(newEvents);
        }

        @Override
        public Optional<Provider> find(ProviderId id) {
            return Optional.empty();
        }

        @Override
        public Page<Provider> list(OrganisationNumber organisationNumber, String organisationId, Pageable pageable) {
            return Page.empty();
        }
    }
}
