package se.samverkan.reporting.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

/** What a board may hand in as a report's economy figures; every broken rule is named at once. */
class EconomyFiguresTest {

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        EconomyFigures.Checked checked = EconomyFigures.check("MONTH_04", new EconomyFigures.Terms(
                new BigDecimal("-1"), null, new BigDecimal("12.345"), null, null,
                new EconomyFigures.WinterTerms(BigDecimal.ZERO, null),
                List.of(new EconomyFigures.InvestmentTerms(" ", new BigDecimal("100"), new BigDecimal("-5"))),
                "x".repeat(EconomyFigures.TEXT_MAX + 1)));

        assertThat(checked).isInstanceOf(EconomyFigures.Checked.Rejected.class);
        assertThat(((EconomyFigures.Checked.Rejected) checked).violations()).extracting(Violation::field)
                .containsExactly("netFrame", "budgetTurnover", "netCostOutcome", "netCostForecast",
                        "winterMaintenance.budget", "winterMaintenance.netCost", "investments[0].name",
                        "investments[0].forecastNetInvestment", "actionPlanFollowUp");
    }

    @Test
    void theAprilAndAugustReportsCarryAFullYearForecastAndTheYearEndOnesNone() {
        EconomyFigures.Terms withoutForecast = terms(null);
        EconomyFigures.Terms withForecast = terms(new BigDecimal("49500000"));

        assertThat(EconomyFigures.check("MONTH_04", withoutForecast)).isInstanceOf(EconomyFigures.Checked.Rejected.class);
        assertThat(EconomyFigures.check("INTERIM_08", withoutForecast)).isInstanceOf(EconomyFigures.Checked.Rejected.class);
        assertThat(EconomyFigures.check("MONTH_03", withoutForecast)).isInstanceOf(EconomyFigures.Checked.Valid.class);
        assertThat(EconomyFigures.check("ANNUAL_REPORT", withForecast)).isInstanceOf(EconomyFigures.Checked.Rejected.class);
        assertThat(EconomyFigures.check("month_04", withForecast)).isInstanceOf(EconomyFigures.Checked.Valid.class);
    }

    @Test
    void investmentsAreFollowedUpAtFullYearForecastsAndInTheAccountsOnly() {
        EconomyFigures.Terms withInvestment = new EconomyFigures.Terms(new BigDecimal("50000000"),
                new BigDecimal("60000000"), new BigDecimal("8000000"), new BigDecimal("50000000"), null, null,
                List.of(new EconomyFigures.InvestmentTerms("Nya Vallbyskolan", new BigDecimal("30000000"),
                        new BigDecimal("38000000"))), null);

        assertThat(EconomyFigures.check("MONTH_02", withInvestment)).isInstanceOf(EconomyFigures.Checked.Rejected.class);
        assertThat(EconomyFigures.check("MONTH_04", withInvestment)).isInstanceOf(EconomyFigures.Checked.Valid.class);
    }

    @Test
    void anUnknownReportNamesTheReportsThereAre() {
        EconomyFigures.Checked checked = EconomyFigures.check("MONTH_07", terms(null));

        assertThat(((EconomyFigures.Checked.Rejected) checked).violations()).singleElement()
                .satisfies(violation -> assertThat(violation.message()).contains("MONTH_02", "ANNUAL_REPORT"));
    }

    @Test
    void moneyIsKronorWithAtMostTwoDecimals() {
        assertThat(EconomyFigures.check("MONTH_02", new EconomyFigures.Terms(new BigDecimal("50000000.5"),
                new BigDecimal("6E7"), new BigDecimal("1.10"), null, null, null, null, null)))
                .isInstanceOfSatisfying(EconomyFigures.Checked.Valid.class, valid -> {
                    assertThat(valid.figures().netFrame()).isEqualTo(new BigDecimal("50000000.50"));
                    assertThat(valid.figures().budgetTurnover()).isEqualTo(new BigDecimal("60000000.00"));
                });
        assertThat(Kronor.format(new BigDecimal("-1234567.5"))).isEqualTo("-1 234 567,50 kr");
        assertThat(Kronor.format(new BigDecimal("999"))).isEqualTo("999,00 kr");
    }

    private static EconomyFigures.Terms terms(BigDecimal forecast) {
        return new EconomyFigures.Terms(new BigDecimal("50000000"), new BigDecimal("60000000"),
                new BigDecimal("8000000"), forecast, null, null, List.of(), null);
    }
}
