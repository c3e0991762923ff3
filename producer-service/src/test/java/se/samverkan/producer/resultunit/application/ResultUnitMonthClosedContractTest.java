package se.samverkan.producer.resultunit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.samverkan.producer.resultunit.domain.ResultUnit;
import se.samverkan.producer.resultunit.domain.ResultUnitId;

/** Producer side of the golden test: closing a month publishes the documented shape of result-unit.month-closed.v1. */
class ResultUnitMonthClosedContractTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void closingAMonthWritesTheGoldenShapeOfResultUnitMonthClosedV1() throws Exception {
        Instant now = Instant.parse("2026-04-08T14:30:00Z");
        RecordingRepository repository = new RecordingRepository();
        ActOnResultUnit act = new ActOnResultUnit(repository, new ResultUnitProperties(new BigDecimal("2")),
                Clock.fixed(now, ZoneOffset.UTC));
        Caller board = new Caller("produktion.styrelse", "provider-vallby-produktion", Set.of(Role.PRODUCTION_BOARD));
        ResultUnit unit = ((ResultUnit.Registration.Registered) ResultUnit.register("provider-id",
                "provider-vallby-produktion", "Hemtjänst Vallby centrum", "HOME_CARE", 2026, new BigDecimal("250000"),
                now)).unit();
        repository.insert(unit);
        String id = unit.id().toString();
        act.setBudget(id, 2026, new BigDecimal("12000000"), new BigDecimal("11400000"), null, null, board);
        // January 30 000 and February 20 000: 50 000 short of 100 000 budgeted, a major deviation in February
        for (String[] month : List.of(new String[] {"2026-01", "970000", null}, new String[] {"2026-02", "980000",
                "Bemanningen ses över"}, new String[] {"2026-03", "960000", null})) {
            act.recordMonth(id, month[0], new ActOnResultUnit.MonthFigures(new BigDecimal("1000000"),
                    new BigDecimal(month[1]), null, null, null, null, null, null), board);
            assertThat(act.closeMonth(id, month[0], month[2], board)).isInstanceOf(ActOnResultUnit.Outcome.Changed.class);
        }

        ObjectNode written = (ObjectNode) json.readTree(EventJson.write(repository.events.get(2)));
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.RESULT_UNIT_MONTH_CLOSED_V1.exampleResource())) {
            golden = json.readTree(in.readAllBytes());
        }
        // Identity and tracing fields differ per event; everything else must match the golden file.
        written.put("eventId", golden.get("eventId").asString());
        written.put("correlationId", golden.get("correlationId").asString());
        ((ObjectNode) written.get("payload")).put("resultUnitId", golden.at("/payload/resultUnitId").asString());
        ((ObjectNode) written.get("payload")).put("providerId", golden.at("/payload/providerId").asString());

        assertThat(written).isEqualTo(golden);
    }

    private static final class RecordingRepository implements ResultUnitRepository {

        final Map<ResultUnitId, ResultUnit> units = new HashMap<>();
        final List<EventEnvelope<?>> events = new ArrayList<>();

        @Override
        public boolean insert(ResultUnit unit) {
            units.put(unit.id(), unit);
            return true;
        }

        @Override
        public boolean update(ResultUnit unit, long readVersion, List<EventEnvelope<?>> newEvents) {
            units.put(unit.id(), unit);
            events.addAll(newEvents);
            return true;
        }

        @Override
        public Optional<ResultUnit> find(ResultUnitId id) {
            return Optional.ofNullable(units.get(id));
        }

        @Override
        public Page<ResultUnit> list(String providerOrganisationId, Pageable pageable) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ResultUnit> all(String providerOrganisationId) {
            return List.copyOf(units.values());
        }

        @Override
        public List<ResultUnit> withSalesFor(String ordererBoard) {
            return List.of();
        }
    }
}
