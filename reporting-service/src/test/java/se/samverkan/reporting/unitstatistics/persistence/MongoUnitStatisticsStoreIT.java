package se.samverkan.reporting.unitstatistics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.unitstatistics.domain.UnitPeriodStatistics;

/**
 * The year's statistics of some boards, as the annual compile reads them: found through the list
 * of units per board and year, on the embedded server as on MongoDB (where Docker is available).
 */
class MongoUnitStatisticsStoreIT {

    private final MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client, "unit-statistics-" + UUID.randomUUID());
    private final MongoUnitStatisticsStore store = new MongoUnitStatisticsStore(mongo);

    @AfterEach
    void drop() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void everyPeriodOfTheYearOfTheBoardsUnitsIsHandedOverWithTheAskedMeasuresOnly() {
        store.saveIfNewer(statistics("norr", "board-von", "2025-03", 1, figure("SATISFIED", "90"),
                figure("CONTINUITY", "12")), event());
        store.saveIfNewer(statistics("norr", "board-von", "2025-Q2", 1, figure("SATISFIED", "91")), event());
        store.saveIfNewer(statistics("norr", "board-von", "2025", 1, figure("SATISFIED", "92")), event());
        store.saveIfNewer(statistics("norr", "board-von", "2024-12", 1, figure("SATISFIED", "10")), event());
        store.saveIfNewer(statistics("fritid", "board-kun", "2025-01", 1, figure("SATISFIED", "20")), event());
        store.saveIfNewer(statistics("soder", "board-von", "2025-05", 1, figure("CONTINUITY", "7")), event());

        List<UnitPeriodStatistics> handed = read(List.of("board-von"), 2025, Set.of("SATISFIED"));

        assertThat(handed).extracting(UnitPeriodStatistics::period)
                .containsExactlyInAnyOrder("2025-03", "2025-Q2", "2025");
        assertThat(handed).allSatisfy(unit -> {
            assertThat(unit.unitId()).isEqualTo("norr");
            assertThat(unit.values()).extracting(UnitPeriodStatistics.Figure::measure).containsExactly("SATISFIED");
        });
        assertThat(read(List.of("board-von", "board-kun"), 2025, Set.of("SATISFIED", "CONTINUITY")))
                .extracting(unit -> unit.unitId() + " " + unit.period())
                .containsExactlyInAnyOrder("norr 2025-03", "norr 2025-Q2", "norr 2025", "fritid 2025-01",
                        "soder 2025-05");
        assertThat(read(List.of("board-von"), 2023, Set.of("SATISFIED"))).isEmpty();
    }

    @Test
    void statisticsStoredBeforeTheListOfUnitsExistedAreFoundAndListedByTheFirstRead() {
        store.saveIfNewer(statistics("norr", "board-von", "2025-01", 1, figure("SATISFIED", "90")), event());
        store.saveIfNewer(statistics("soder", "board-von", "2025-02", 1, figure("SATISFIED", "80")), event());
        // as stored by a version without the list
        mongo.dropCollection(BoardYearUnits.COLLECTION);

        assertThat(read(List.of("board-von"), 2025, Set.of("SATISFIED"))).extracting(UnitPeriodStatistics::unitId)
                .containsExactlyInAnyOrder("norr", "soder");
        assertThat(mongo.exists(Query.query(Criteria.where("_id")
                .is(BoardYearUnits.COMPLETE)), BoardYearUnits.COLLECTION)).isTrue();

        store.saveIfNewer(statistics("vaster", "board-von", "2025-03", 1, figure("SATISFIED", "70")), event());
        assertThat(read(List.of("board-von"), 2025, Set.of("SATISFIED"))).extracting(UnitPeriodStatistics::unitId)
                .containsExactlyInAnyOrder("norr", "soder", "vaster");
    }

    @Test
    void aPeriodWhoseNewerVersionNamesAnotherBoardIsHandedOverForThatBoardOnly() {
        store.saveIfNewer(statistics("norr", "board-von", "2025-01", 1, figure("SATISFIED", "90")), event());
        store.saveIfNewer(statistics("norr", "board-kun", "2025-01", 2, figure("SATISFIED", "60")), event());

        assertThat(read(List.of("board-von"), 2025, Set.of("SATISFIED"))).isEmpty();
        assertThat(read(List.of("board-kun"), 2025, Set.of("SATISFIED")))
                .singleElement().satisfies(unit -> {
                    assertThat(unit.version()).isEqualTo(2);
                    assertThat(unit.values().get(0).value()).isEqualByComparingTo("60");
                });
    }

    @Test
    void aUnitListedUnderTwoOfTheAskedBoardsIsHandedOverOncePerPeriod() {
        store.saveIfNewer(statistics("norr", "board-von", "2025-01", 1, figure("SATISFIED", "90")), event());
        store.saveIfNewer(statistics("norr", "board-kun", "2025-01", 2, figure("SATISFIED", "60")), event());
        store.saveIfNewer(statistics("norr", "board-kun", "2025-02", 1, figure("SATISFIED", "70")), event());

        assertThat(read(List.of("board-von", "board-kun"), 2025, Set.of("SATISFIED")))
                .extracting(unit -> unit.period() + " v" + unit.version())
                .containsExactlyInAnyOrder("2025-01 v2", "2025-02 v1");
    }

    @Test
    void moreUnitsThanOneQueryAsksForAreAllHandedOver() {
        int units = MongoUnitStatisticsStore.IDS_PER_QUERY / 12 + 5;
        for (int unit = 0; unit < units; unit++) {
            store.saveIfNewer(statistics("unit-" + unit, "board-von", "2025-06", 1, figure("SATISFIED", "1")),
                    event());
        }

        assertThat(read(List.of("board-von"), 2025, Set.of("SATISFIED"))).hasSize(units);
    }

    private List<UnitPeriodStatistics> read(List<String> boards, int year, Set<String> measures) {
        List<UnitPeriodStatistics> handed = new ArrayList<>();
        store.forEachOfBoardsAndYear(boards, year, measures, handed::add);
        return handed;
    }

    private static UnitPeriodStatistics statistics(String unitId, String board, String period, int version,
                                                   UnitPeriodStatistics.Figure... figures) {
        String frequency = period.length() == 4 ? "YEARLY" : period.contains("Q") ? "QUARTERLY" : "MONTHLY";
        return new UnitPeriodStatistics(unitId, "Enhet " + unitId, "provider-1", "org-provider-1", "HOME_CARE",
                "Norr", period, frequency, period.substring(0, 4) + "-01-01", board, "spec-1", 1, version, false,
                Instant.parse("2026-01-10T08:00:00Z"), List.of(figures));
    }

    private static UnitPeriodStatistics.Figure figure(String measure, String value) {
        return new UnitPeriodStatistics.Figure(measure, "PERCENTAGE", new BigDecimal(value), null,
                Map.of("K", new BigDecimal(value)), Map.of(), Map.of(), 10);
    }

    private static String event() {
        return UUID.randomUUID().toString();
    }
}
