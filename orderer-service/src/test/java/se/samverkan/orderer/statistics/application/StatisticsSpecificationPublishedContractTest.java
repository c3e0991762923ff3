package se.samverkan.orderer.statistics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
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
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.statistics.domain.DraftInput;
import se.samverkan.orderer.statistics.domain.MeasureInput;
import se.samverkan.orderer.statistics.domain.ServiceArea;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;
import se.samverkan.orderer.statistics.domain.StatisticsSpecificationId;

/** Producer side of the golden test: what publishing a specification announces has the documented shape. */
class StatisticsSpecificationPublishedContractTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishingASpecificationWritesTheGoldenShapeOfStatisticsSpecificationPublishedV1() throws Exception {
        Instant now = Instant.parse("2026-11-30T14:00:00Z");
        StatisticsSpecification draft = ((StatisticsSpecification.DraftEdit.Edited) ((StatisticsSpecification.Creation.Created)
                StatisticsSpecification.create(BoardId.parse("2a7f9c41-0e6d-4b8a-9f13-5c2d7e8a1b64").orElseThrow(),
                        "board-von", "VON", "HOME_CARE", now)).specification()
                .editDraft(new DraftInput("2027-01-01", List.of("0-64", "65-79", "80-89", "90-"), List.of(
                        measure("HOME_CARE_HOURS_GRANTED", "Beviljade timmar",
                                "Timmar beviljade i biståndsbeslut för månaden.", "VOLUME", "AMOUNT", "timmar",
                                "MONTHLY", List.of("GENDER"), "0", null, null, null,
                                "Verksamhetssystemet för biståndsbeslut"),
                        measure("HOME_CARE_HOURS_PERFORMED", "Utförda timmar",
                                "Timmar hos brukaren enligt tidsregistreringen.", "VOLUME", "AMOUNT", "timmar",
                                "MONTHLY", List.of("AGE_BAND", "GENDER"), "0", null, null, null, null),
                        measure("HOME_CARE_STAFF_FTE", "Årsarbetare i omsorgsarbetet", null, "RESOURCE", "AMOUNT",
                                "årsarbetare", "MONTHLY", List.of(), "0", null, null, null, null),
                        measure("HOME_CARE_HOURS_PER_FTE", "Utförda timmar per årsarbetare", null, "PRODUCTIVITY",
                                "AMOUNT", "timmar per årsarbetare", "MONTHLY", null, null, null,
                                "HOME_CARE_HOURS_PERFORMED", "HOME_CARE_STAFF_FTE", null),
                        new MeasureInput("HOME_CARE_SATISFIED_USERS", "Andel nöjda brukare",
                                "Brukarundersökningens fråga om helhetsintryck.", "USER_SURVEY", "PERCENT", null,
                                "YEARLY", true, List.of("GENDER"), null, null, true, true, null, null, null))),
                        now)).specification();
        RecordingRepository repository = new RecordingRepository(draft);

        new PublishSpecification(repository, Clock.fixed(now, ZoneOffset.UTC)).handle(new PublishSpecification.Command(
                draft.id().toString(), null, new Caller("von.handlaggare", "board-von", Set.of(Role.ORDERER_OFFICIAL))));

        ObjectNode written = (ObjectNode) json.readTree(EventJson.write(repository.events.get(0)));
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream(
                EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.exampleResource())) {
            golden = json.readTree(in.readAllBytes());
        }
        // Identity and tracing fields differ per event; everything else must match the golden file.
        written.put("eventId", golden.get("eventId").asString());
        written.put("correlationId", golden.get("correlationId").asString());
        ((ObjectNode) written.get("payload")).put("specificationId",
                golden.get("payload").get("specificationId").asString());

        assertThat(written).isEqualTo(golden);
    }

    private static MeasureInput measure(String code, String name, String definition, String category, String valueType,
                                        String unit, String frequency, List<String> breakdowns, String minValue,
                                        String maxValue, String volume, String resource, String sourceSystem) {
        return new MeasureInput(code, name, definition, category, valueType, unit, frequency, null, breakdowns,
                minValue == null ? null : new BigDecimal(minValue), maxValue == null ? null : new BigDecimal(maxValue),
                null, null, volume, resource, sourceSystem);
    }

    private static final class RecordingRepository implements SpecificationRepository {

        final List<EventEnvelope<?>> events = new ArrayList<>();
        private final StatisticsSpecification stored;

        RecordingRepository(StatisticsSpecification stored) {
            this.stored = stored;
        }

        @Override
        public boolean insert(StatisticsSpecification specification) {
            return true;
        }

        @Override
        public boolean update(StatisticsSpecification specification, long readRevision,
                              List<EventEnvelope<?>> newEvents) {
            events.addAll(newEvents);
            return true;
        }

        @Override
        public Optional<StatisticsSpecification> find(StatisticsSpecificationId id) {
            return Optional.of(stored).filter(specification -> specification.id().equals(id));
        }

        @Override
        public Optional<StatisticsSpecification> find(BoardId boardId, ServiceArea serviceArea) {
            return Optional.empty();
        }

        @Override
        public Page<StatisticsSpecification> list(Filter filter, Pageable pageable) {
            return Page.empty();
        }
    }
}
