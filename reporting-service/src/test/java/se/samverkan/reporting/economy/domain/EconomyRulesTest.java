package se.samverkan.reporting.economy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.samverkan.reporting.calendar.domain.BoardReport;
import se.samverkan.reporting.calendar.domain.DueDates;

/**
 * The economic steering rules of 004 ("Ekonomistyrningsprinciper"), each with a worked example in
 * kronor.
 */
class EconomyRulesTest {

    private static final Optional<BigDecimal> PBB_2026 = Optional.of(new BigDecimal("59200"));

    @Nested
    class EquityMayNotExceedThreePercentOfBudgetTurnover {

        @Test
        void equityMayNotExceedThreePercentOfBudgetTurnover() {
            // turnover 60 000 000 kr: the cap is 1 800 000 kr
            BigDecimal turnover = kr("60000000");

            assertThat(EquityCap.capOf(turnover)).isEqualByComparingTo("1800000");
            assertThat(EquityCap.check(kr("1800000"), turnover)).isEmpty();
            Optional<Flag> above = EquityCap.check(kr("1800000.01"), turnover);
            assertThat(above).map(Flag::rule).contains(Flag.Rule.EQUITY_ABOVE_THREE_PERCENT);
            assertThat(above.get().explanation()).contains("1 800 000,00 kr").contains("med 0,01 kr");
        }

        @Test
        void theEquityJudgedIsWhatIsBroughtForwardPlusTheYearsBalancedResult() {
            // frame 50 000 000, outcome 48 800 000: a surplus of 1 200 000 on top of 900 000 brought forward
            EconomyFigures annual = figures(BoardReport.ANNUAL_REPORT, "50000000", "60000000", "48800000", null,
                    "900000", null, List.of(), null);

            assertThat(annual.equityCarriedForward()).get().isEqualTo(kr("2100000"));
            BoardEconomy economy = judge(2026, Map.of(BoardReport.ANNUAL_REPORT, annual), Map.of());
            assertThat(economy.flags()).extracting(Flag::rule).containsExactly(Flag.Rule.EQUITY_ABOVE_THREE_PERCENT);
            assertThat(economy.flags().get(0).explanation()).contains("med 300 000,00 kr");
        }
    }

    @Nested
    class WinterMaintenanceBalancesWithinFifteenPercent {

        @Test
        void winterMaintenanceBalancesWithinFifteenPercent() {
            // budget 10 000 000 kr: up to ±1 500 000 kr is balanced as it is
            WinterMaintenance mildWinter = new WinterMaintenance(kr("10000000"), kr("8500000"));
            WinterMaintenance hardWinter = new WinterMaintenance(kr("10000000"), kr("12300000"));

            assertThat(mildWinter.check()).isEmpty();
            assertThat(mildWinter.balancedResult()).isEqualByComparingTo("1500000");
            assertThat(hardWinter.result()).isEqualByComparingTo("-2300000");
            assertThat(hardWinter.balancedResult()).isEqualByComparingTo("-1500000");
            assertThat(hardWinter.check()).map(Flag::rule)
                    .contains(Flag.Rule.WINTER_MAINTENANCE_OUTSIDE_FIFTEEN_PERCENT);
            assertThat(hardWinter.check().get().explanation()).contains("-800 000,00 kr balanseras inte");
        }

        @Test
        void aSurplusBeyondTheBandIsAlsoFlaggedAndOnlyTheBandIsAddedToTheBoardsResult() {
            // the board's frame 40 000 000 with winter's 10 000 000 in it; winter costs only 7 000 000
            EconomyFigures annual = figures(BoardReport.ANNUAL_REPORT, "40000000", "50000000", "37000000", null,
                    null, new WinterMaintenance(kr("10000000"), kr("7000000")), List.of(), null);

            assertThat(annual.yearResult()).get().isEqualTo(kr("3000000"));
            // 3 000 000 of which winter +3 000 000, held at +1 500 000: 1 500 000 is balanced
            assertThat(annual.balancedResult()).get().isEqualTo(kr("1500000"));
            assertThat(annual.winterMaintenance().check()).isPresent();
        }
    }

    @Nested
    class InvestmentOverrunNeedsBothTwentyPercentAndOneHundredTwentyPriceBaseAmounts {

        // 120 price base amounts of 2026: 120 × 59 200 = 7 104 000 kr

        @Test
        void investmentOverrunNeedsBothTwentyPercentAndOneHundredTwentyPriceBaseAmounts() {
            // decided 30 000 000, forecast 38 000 000: 8 000 000 over, 26.7 % and above 7 104 000
            InvestmentOverrun school = new InvestmentOverrun("Nya Vallbyskolan", kr("30000000"), kr("38000000"));

            assertThat(school.assess(PBB_2026)).isEqualTo(InvestmentOverrun.Assessment.NEW_DECISION_NEEDED);
            assertThat(school.check(PBB_2026)).map(Flag::rule).contains(Flag.Rule.INVESTMENT_NEEDS_NEW_DECISION);
            assertThat(school.check(PBB_2026).get().explanation()).contains("7 104 000,00 kr");
        }

        @Test
        void moreThanTwentyPercentButFewerThanOneHundredTwentyPriceBaseAmountsIsReportedTogether() {
            // decided 5 000 000, forecast 7 000 000: 40 % over, but 2 000 000 is below 7 104 000
            InvestmentOverrun bridge = new InvestmentOverrun("Gång- och cykelbro", kr("5000000"), kr("7000000"));

            assertThat(bridge.aboveTwentyPercent()).isTrue();
            assertThat(bridge.assess(PBB_2026)).isEqualTo(InvestmentOverrun.Assessment.REPORTED_TOGETHER);
            assertThat(bridge.check(PBB_2026)).isEmpty();
        }

        @Test
        void atLeastOneHundredTwentyPriceBaseAmountsButNotMoreThanTwentyPercentIsReportedTogether() {
            // decided 100 000 000, forecast 115 000 000: 15 000 000 is far above 7 104 000, but only 15 %
            InvestmentOverrun depot = new InvestmentOverrun("Räddningsdepå", kr("100000000"), kr("115000000"));

            assertThat(depot.assess(PBB_2026)).isEqualTo(InvestmentOverrun.Assessment.REPORTED_TOGETHER);
            assertThat(depot.check(PBB_2026)).isEmpty();
        }

        @Test
        void theLimitsAreMoreThanTwentyPercentAndAtLeastOneHundredTwentyPriceBaseAmounts() {
            // exactly 20 %: not more than 20 %
            assertThat(new InvestmentOverrun("a", kr("40000000"), kr("48000000")).assess(PBB_2026))
                    .isEqualTo(InvestmentOverrun.Assessment.REPORTED_TOGETHER);
            // exactly 120 price base amounts (7 104 000) and more than 20 % of 30 000 000: a new decision
            assertThat(new InvestmentOverrun("b", kr("30000000"), kr("37104000")).assess(PBB_2026))
                    .isEqualTo(InvestmentOverrun.Assessment.NEW_DECISION_NEEDED);
            // one krona short of 120 price base amounts
            assertThat(new InvestmentOverrun("c", kr("30000000"), kr("37103999")).assess(PBB_2026))
                    .isEqualTo(InvestmentOverrun.Assessment.REPORTED_TOGETHER);
        }

        @Test
        void withoutTheYearsPriceBaseAmountAnOverrunAboveTwentyPercentCannotBeJudged() {
            InvestmentOverrun school = new InvestmentOverrun("Nya Vallbyskolan", kr("30000000"), kr("38000000"));
            InvestmentOverrun small = new InvestmentOverrun("Lekplats", kr("1000000"), kr("1100000"));

            assertThat(school.assess(Optional.empty())).isEqualTo(InvestmentOverrun.Assessment.PRICE_BASE_AMOUNT_UNKNOWN);
            assertThat(small.assess(Optional.empty())).isEqualTo(InvestmentOverrun.Assessment.REPORTED_TOGETHER);
            EconomyFigures april = figures(BoardReport.MONTH_04, "50000000", "60000000", "16000000", "50000000",
                    null, null, List.of(school), null);
            BoardEconomy economy = BoardEconomy.judge("board-ksn", 2031, Map.of(BoardReport.MONTH_04,
                    submitted(april, 2031)), Map.of(), Optional.empty(), DueDates.DEFAULT, LocalDate.of(2031, 6, 1));
            assertThat(economy.notices()).singleElement().asString().contains("Prisbasbeloppet för 2031");
        }
    }

    @Nested
    class DeficitMustBeRestoredWithinThreeYears {

        @Test
        void deficitMustBeRestoredWithinThreeYears() {
            // 2022: -1 200 000; 2023: +300 000; 2024: +500 000; 2025: +100 000 -> 300 000 left after 2025
            Map<Integer, BigDecimal> results = Map.of(2022, kr("-1200000"), 2023, kr("300000"), 2024, kr("500000"),
                    2025, kr("100000"));

            DeficitRestoration in2024 = DeficitRestoration.asOf(2024, results);
            DeficitRestoration in2025 = DeficitRestoration.asOf(2025, results);

            assertThat(in2024.deficits()).singleElement().satisfies(deficit -> {
                assertThat(deficit.state()).isEqualTo(DeficitRestoration.State.TO_BE_RESTORED);
                assertThat(deficit.remaining()).isEqualByComparingTo("400000");
                assertThat(deficit.restoreBy()).isEqualTo(2025);
            });
            assertThat(in2024.flags()).isEmpty();
            assertThat(in2025.deficits().get(0).state()).isEqualTo(DeficitRestoration.State.NOT_RESTORED_IN_TIME);
            assertThat(in2025.flags()).singleElement().satisfies(flag -> {
                assertThat(flag.rule()).isEqualTo(Flag.Rule.DEFICIT_NOT_RESTORED_IN_TIME);
                assertThat(flag.explanation()).contains("från 2022").contains("senast 2025")
                        .contains("300 000,00 kr");
            });
        }

        @Test
        void aDeficitRestoredInItsThirdYearIsNotFlagged() {
            Map<Integer, BigDecimal> results = Map.of(2022, kr("-1200000"), 2023, kr("300000"), 2024, kr("500000"),
                    2025, kr("400000"));

            DeficitRestoration in2026 = DeficitRestoration.asOf(2026, results);

            assertThat(in2026.deficits()).singleElement().extracting(DeficitRestoration.Deficit::state)
                    .isEqualTo(DeficitRestoration.State.RESTORED);
            assertThat(in2026.flags()).isEmpty();
            assertThat(in2026.followUpRequired()).isFalse();
        }

        @Test
        void laterSurplusesRestoreTheOldestDeficitFirst() {
            Map<Integer, BigDecimal> results = Map.of(2023, kr("-100000"), 2024, kr("-200000"), 2025, kr("150000"));

            DeficitRestoration in2025 = DeficitRestoration.asOf(2025, results);

            assertThat(in2025.deficits()).extracting(DeficitRestoration.Deficit::remaining)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(kr("0"), kr("150000"));
        }

        @Test
        void whileADeficitIsOpenTheAprilAugustAndAnnualReportsFollowUpTheActionPlan() {
            // 2025 closed with a deficit of 2 000 000; in 2026 April came without follow-up, August is missing
            EconomyFigures april = figures(BoardReport.MONTH_04, "50000000", "60000000", "17000000", "49000000",
                    null, null, List.of(), null);
            EconomyFigures may = figures(BoardReport.MONTH_05, "50000000", "60000000", "21000000", null, null,
                    null, List.of(), null);

            BoardEconomy economy = judge(2026, Map.of(BoardReport.MONTH_04, april, BoardReport.MONTH_05, may),
                    Map.of(2025, kr("-2000000")));

            assertThat(economy.deficits().openAtStartOfYear()).extracting(DeficitRestoration.Deficit::arose)
                    .containsExactly(2025);
            assertThat(economy.flags()).extracting(Flag::rule).containsExactly(Flag.Rule.DEFICIT_FOLLOW_UP_MISSING,
                    Flag.Rule.DEFICIT_FOLLOW_UP_MISSING);
            assertThat(economy.flags()).extracting(Flag::explanation).anySatisfy(text -> assertThat(text)
                    .contains("per april").contains("utan uppföljning")).anySatisfy(text -> assertThat(text)
                    .contains("Delårsrapport per augusti").contains("saknas"));
        }

        @Test
        void aFollowedUpActionPlanRaisesNoFlag() {
            EconomyFigures april = figures(BoardReport.MONTH_04, "50000000", "60000000", "17000000", "49000000",
                    null, null, List.of(), "Åtgärdsplanen följs: bemanningen är anpassad, 600 000 kr återställs i år.");

            BoardEconomy economy = BoardEconomy.judge("board-ksn", 2026, Map.of(BoardReport.MONTH_04,
                    submitted(april, 2026)), Map.of(2025, kr("-2000000")), PBB_2026, DueDates.DEFAULT,
                    LocalDate.of(2026, 6, 1));

            assertThat(economy.flags()).isEmpty();
        }
    }

    @Test
    void theResultIsTheNetFrameMinusTheNetCostOfTheLatestWordOnTheYear() {
        EconomyFigures april = figures(BoardReport.MONTH_04, "50000000", "60000000", "17000000", "50400000",
                null, null, List.of(), null);
        EconomyFigures may = figures(BoardReport.MONTH_05, "50000000", "60000000", "21000000", null, null, null,
                List.of(), null);

        BoardEconomy economy = judge(2026, Map.of(BoardReport.MONTH_04, april, BoardReport.MONTH_05, may), Map.of());

        assertThat(economy.latest()).map(report -> report.figures().report()).contains(BoardReport.MONTH_05);
        assertThat(economy.resultFrom()).map(report -> report.figures().report()).contains(BoardReport.MONTH_04);
        assertThat(economy.resultFrom().get().figures().yearResult()).get().isEqualTo(kr("-400000"));
    }

    private static BoardEconomy judge(int year, Map<BoardReport, EconomyFigures> figures,
                                      Map<Integer, BigDecimal> earlier) {
        Map<BoardReport, SubmittedReport> reports = new EnumMap<>(BoardReport.class);
        figures.forEach((report, f) -> reports.put(report, submitted(f, year)));
        return BoardEconomy.judge("board-ksn", year, reports, earlier, PBB_2026, DueDates.DEFAULT,
                LocalDate.of(year, 10, 1));
    }

    static SubmittedReport submitted(EconomyFigures figures, int year) {
        Instant at = Instant.parse(year + "-03-01T10:00:00Z");
        return new SubmittedReport("board-ksn", year, figures, at, at, "ksn.ekonom", "board-ksn", 1);
    }

    static EconomyFigures figures(BoardReport report, String frame, String turnover, String outcome, String forecast,
                                  String equity, WinterMaintenance winter, List<InvestmentOverrun> investments,
                                  String followUp) {
        return new EconomyFigures(report, kr(frame), kr(turnover), kr(outcome), forecast == null ? null : kr(forecast),
                equity == null ? null : kr(equity), winter, investments, followUp);
    }

    static BigDecimal kr(String amount) {
        return new BigDecimal(amount);
    }
}
