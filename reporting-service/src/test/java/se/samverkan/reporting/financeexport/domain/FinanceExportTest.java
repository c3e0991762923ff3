package se.samverkan.reporting.financeexport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;
import se.samverkan.reporting.inhouseeconomy.domain.UnitYear;

class FinanceExportTest {

    private static final InHouseResults YEAR = InHouseResults.of(2026, List.of(
            unit("a-1", "Hemtjänst \"Centrum\"", "HOME_CARE", month(1, "1000000", "944000"), month(2, "1000000", "1004000")),
            unit("b-2", "Förskolan Ekorren", "PRESCHOOL", month(1, "500000", "474000"))));

    @Test
    void sie4FileIsInCodePage437WithTheUnitsAsObjectsAndPeriodBalancesThatAddUpToTheResults() {
        byte[] bytes = Sie4.of(YEAR, "Vallby kommun", LocalDate.of(2026, 11, 28)).getBytes(Sie4.CP437);
        SieReader sie = new SieReader(new String(bytes, Sie4.CP437));

        assertThat(bytes).as("ä is 0x84 in code page 437").contains((byte) 0x84);
        assertThat(sie.first("#FORMAT", 0)).isEqualTo("PC8");
        assertThat(sie.first("#SIETYP", 0)).isEqualTo("4");
        assertThat(sie.all("#RAR").get(0).fields()).containsExactly("0", "20260101", "20261231");
        assertThat(sie.all("#OBJEKT")).extracting(line -> line.fields().get(2))
                .containsExactly("Hemtjänst \"Centrum\"", "Förskolan Ekorren");
        assertThat(sie.all("#PSALDO")).hasSize(6);
        assertThat(sie.all("#PSALDO").get(0).fields()).containsExactly("0", "202601", "3000", "{1 \"a-1\"}",
                "-1000000.00");
        // revenues are credits: 2 500 000 in, written -2500000.00; costs 2 422 000
        assertThat(sie.all("#RES")).extracting(line -> line.fields().get(1) + "=" + line.fields().get(2))
                .containsExactly("3000=-2500000.00", "4000=2422000.00");
        sie.all("#RES").forEach(res -> assertThat(sie.periodBalancesPerAccount().get(res.fields().get(1)))
                .as("the period balances of account %s add up to its result", res.fields().get(1))
                .isEqualByComparingTo(res.fields().get(2)));
    }

    @Test
    void csvOpensInSwedishExcelWithSemicolonsDecimalCommasAndAByteOrderMark() {
        String csv = SwedishCsv.of(YEAR);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] rows = csv.substring(1).split("\r\n");
        assertThat(rows[0]).isEqualTo(SwedishCsv.HEADER);
        assertThat(rows).hasSize(4);
        assertThat(rows[1].split(";")).as("a quote inside a text is doubled, in quotes").containsExactly("2026", "1", "a-1",
                "\"Hemtjänst \"\"Centrum\"\"\"", "HOME_CARE",
                "1000000,00", "944000,00", "56000,00");
        assertThat(rows[2].split(";")[7]).isEqualTo("-4000,00");
        assertThat(SwedishCsv.text("=SUM(A1)")).as("no formula injection").isEqualTo("'=SUM(A1)");
        assertThat(SwedishCsv.text("a;b")).isEqualTo("\"a;b\"");
    }

    private static UnitYear unit(String id, String name, String area, java.util.Map.Entry<Integer, UnitYear.ClosedMonth>... months) {
        TreeMap<Integer, UnitYear.ClosedMonth> map = new TreeMap<>();
        for (var month : months) {
            map.put(month.getKey(), month.getValue());
        }
        return new UnitYear(id, name, area, "provider-vallby-produktion", 2026, map);
    }

    private static java.util.Map.Entry<Integer, UnitYear.ClosedMonth> month(int month, String revenues, String costs) {
        return java.util.Map.entry(month, new UnitYear.ClosedMonth(new BigDecimal(revenues), new BigDecimal(costs),
                new BigDecimal("5.00"), "LADDER", BigDecimal.ZERO, month));
    }
}
