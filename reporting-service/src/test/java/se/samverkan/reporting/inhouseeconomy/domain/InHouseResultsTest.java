package se.samverkan.reporting.inhouseeconomy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class InHouseResultsTest {

    @Test
    void aUnitsYearSumsItsClosedMonthsAndItsMarginIsResultOverRevenues() {
        // 1 000 000 + 1 000 000 in, 960 000 + 990 000 out: result 50 000, margin 2.50 % < 5 %
        UnitYear unit = unit("a", "HOME_CARE", month(1, "1000000", "960000", "5", "250000", 3),
                month(2, "1000000", "990000", "5", "250000", 4));

        assertThat(unit.result()).isEqualByComparingTo("50000");
        assertThat(unit.marginPercent()).isEqualByComparingTo("2.50");
        assertThat(unit.meetsRequirement()).isFalse();
        assertThat(unit.equityCarriedForward()).isEqualByComparingTo("300000");
    }

    @Test
    void theNewestClosingSpeaksForTheYearLevelFigures() {
        UnitYear unit = unit("a", "HOME_CARE", month(2, "100", "90", "2", "1000", 9), month(1, "100", "90", "5", "0", 4));

        assertThat(unit.marginRequirement()).as("version 9, though it is February").isEqualByComparingTo("2");
        assertThat(unit.equityBroughtForward()).isEqualByComparingTo("1000");
    }

    @Test
    void equityIsSummedPerServiceAreaAndForTheWholeProduction() {
        UnitYear a = unit("a", "HOME_CARE", month(1, "200000", "180000", "5", "100000", 2));
        UnitYear b = unit("b", "HOME_CARE", month(1, "100000", "110000", "5", "-50000", 2));
        UnitYear c = unit("c", "PRESCHOOL", month(1, "50000", "45000", "5", "30000", 2));

        InHouseResults results = InHouseResults.of(2026, List.of(a, b, c));

        assertThat(results.serviceAreas()).extracting(InHouseResults.Total::serviceArea)
                .containsExactly("HOME_CARE", "PRESCHOOL");
        assertThat(results.serviceAreas().get(0).equityCarriedForward()).isEqualByComparingTo("60000");
        assertThat(results.serviceAreas().get(0).unitsMeetingRequirement()).as("a: 10 %; b: negative").isEqualTo(1);
        assertThat(results.serviceAreas().get(1).equityCarriedForward()).isEqualByComparingTo("35000");
        assertThat(results.production().equityCarriedForward()).isEqualByComparingTo("95000");
        assertThat(results.production().units()).isEqualTo(3);
    }

    private static UnitYear unit(String id, String area, Object[]... months) {
        TreeMap<Integer, UnitYear.ClosedMonth> closed = new TreeMap<>();
        for (Object[] month : months) {
            closed.put((Integer) month[0], (UnitYear.ClosedMonth) month[1]);
        }
        return new UnitYear(id, "Enhet " + id, area, "provider-vallby-produktion", 2026, closed);
    }

    private static Object[] month(int month, String revenues, String costs, String requirement, String equity,
                                  long version) {
        return new Object[] {month, new UnitYear.ClosedMonth(new BigDecimal(revenues), new BigDecimal(costs),
                new BigDecimal(requirement), "LADDER", new BigDecimal(equity), version)};
    }
}
