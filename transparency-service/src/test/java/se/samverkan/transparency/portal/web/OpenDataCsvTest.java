package se.samverkan.transparency.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class OpenDataCsvTest {

    @Test
    void numbersAreWrittenWithADecimalComma() {
        assertThat(OpenDataCsv.number(new BigDecimal("1840.50"))).isEqualTo("1840,50");
        assertThat(OpenDataCsv.number(null)).isEmpty();
    }

    @Test
    void aNameThatExcelWouldTakeForAFormulaIsWrittenAsTextAndSemicolonsAreQuoted() {
        assertThat(OpenDataCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(OpenDataCsv.text("-1+2")).isEqualTo("'-1+2");
        assertThat(OpenDataCsv.text("Norr; Söder")).isEqualTo("\"Norr; Söder\"");
        assertThat(OpenDataCsv.text("Hemtjänst Norr")).isEqualTo("Hemtjänst Norr");
    }
}
