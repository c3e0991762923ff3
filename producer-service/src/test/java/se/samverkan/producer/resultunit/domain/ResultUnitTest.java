package se.samverkan.producer.resultunit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.producer.provider.domain.ServiceArea;

/** The rules of seed 003, Bilaga 5, for the in-house production's result units, with figures worked by hand. */
class ResultUnitTest {

    private static final Instant NOW = Instant.parse("2026-04-08T10:00:00Z");
    private static final MajorDeviationRule TWO_PERCENT = new MajorDeviationRule(new BigDecimal("2"));

    @Test
    void marginRequirementRisesOnePointAYearUpToFivePercent() {
        assertThat(MarginRequirement.ladder(2014)).as("the seed sets no requirement before 2015").isEmpty();
        assertThat(ladder(2015)).isEqualByComparingTo("1");
        assertThat(ladder(2016)).isEqualByComparingTo("2");
        assertThat(ladder(2017)).isEqualByComparingTo("3");
        assertThat(ladder(2018)).isEqualByComparingTo("4");
        assertThat(ladder(2019)).isEqualByComparingTo("5");
        assertThat(ladder(2020)).as("it stops at +5 %").isEqualByComparingTo("5");
        assertThat(ladder(2026)).isEqualByComparingTo("5");
        assertThat(MarginRequirement.ladder(2016).orElseThrow().source()).isEqualTo(MarginRequirement.Source.LADDER);
    }

    @Test
    void aUnitsDecidedRequirementOverridesTheLadderAndMustGiveItsReason() {
        ResultUnit unit = unit("Hemtjänst Centrum", "HOME_CARE", 2026, "0");

        ResultUnit.Change withoutReason = unit.setBudget(2026, kr("12000000"), kr("11800000"), new BigDecimal("1.5"),
                null);
        ResultUnit decided = done(unit.setBudget(2026, kr("12000000"), kr("11800000"), new BigDecimal("1.5"),
                "Nystartad enhet, låg beläggning första året"));
        ResultUnit ladderOnly = done(unit.setBudget(2026, kr("12000000"), kr("11400000"), null, null));

        assertThat(((ResultUnit.Change.Rejected) withoutReason).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("requirementReason", "required"));
        assertThat(decided.requirementFor(2026).orElseThrow().percent()).isEqualByComparingTo("1.5");
        assertThat(decided.requirementFor(2026).orElseThrow().source()).isEqualTo(MarginRequirement.Source.DECIDED);
        assertThat(decided.requirementFor(2026).orElseThrow().reason()).startsWith("Nystartad");
        assertThat(ladderOnly.requirementFor(2026).orElseThrow().percent()).isEqualByComparingTo("5");
        assertThat(ladderOnly.requirementFor(2017).orElseThrow().percent()).as("a year without budget: the ladder")
                .isEqualByComparingTo("3");
    }

    @Test
    void operatingMarginIsResultOverRevenues() {
        // 3 000 000 in, 2 910 000 out: result 90 000, margin 90 000 / 3 000 000 = 3.00 %
        ResultUnit unit = budgeted(unit("Hemtjänst Centrum", "HOME_CARE", 2026, "0"), 2026, "12000000", "11400000");
        unit = closed(closed(closed(unit, "2026-01", "1000000", "970000"), "2026-02", "1000000", "980000"),
                "2026-03", "1000000", "960000");

        YearToDate toDate = unit.yearToDate(YearMonth.of(2026, 3)).orElseThrow();

        assertThat(toDate.revenues()).isEqualByComparingTo("3000000");
        assertThat(toDate.result()).isEqualByComparingTo("90000");
        assertThat(toDate.marginPercent()).isEqualByComparingTo("3.00");
        assertThat(toDate.budgetResult()).as("600 000 a year spread evenly: 3/12 of it").isEqualByComparingTo("150000");
        assertThat(unit.requirementFor(2026).orElseThrow().isMetBy(toDate.marginPercent())).as("3 % < 5 %").isFalse();
        assertThat(Amounts.marginPercent(kr("10"), BigDecimal.ZERO)).as("no revenues, no margin").isNull();
    }

    @Test
    void equityIsCarriedForwardYearToYear() {
        // brought into 2025: 100 000; Nov 2025 +50 000, Dec 2025 -30 000 → 2025 carries 120 000 forward;
        // Jan 2026 -40 000 → 2026 brings 120 000 and carries 80 000; an open month counts for nothing.
        ResultUnit unit = budgeted(budgeted(unit("Solgläntans förskola", "PRESCHOOL", 2025, "100000"), 2025,
                "6000000", "6000000"), 2026, "6000000", "6000000");
        unit = closed(unit, "2025-11", "500000", "450000");
        unit = closed(unit, "2025-12", "500000", "530000");
        unit = closed(unit, "2026-01", "400000", "440000");
        unit = done(unit.recordMonth("2026-02", kr("900000"), kr("100000"), null, null, null, null, null, null));

        Equity of2025 = unit.equity(2025);
        Equity of2026 = unit.equity(2026);

        assertThat(of2025.broughtForward()).isEqualByComparingTo("100000");
        assertThat(of2025.result()).isEqualByComparingTo("20000");
        assertThat(of2025.carriedForward()).isEqualByComparingTo("120000");
        assertThat(of2026.broughtForward()).as("what 2025 carried forward").isEqualByComparingTo(of2025.carriedForward());
        assertThat(of2026.result()).isEqualByComparingTo("-40000");
        assertThat(of2026.carriedForward()).as("a deficit draws from equity").isEqualByComparingTo("80000");
        assertThat(unit.equity(2027).broughtForward()).isEqualByComparingTo("80000");
    }

    @Test
    void equityIsSummedPerServiceArea() {
        // home care: A brings 100 000 and makes +20 000; B brings -50 000 and makes -10 000 → 50 000 + 10 000 = 60 000
        // preschool: C brings 30 000 and makes +5 000 → 35 000
        ResultUnit a = closed(budgeted(unit("Hemtjänst A", "HOME_CARE", 2026, "100000"), 2026, "1", "1"),
                "2026-01", "200000", "180000");
        ResultUnit b = closed(budgeted(unit("Hemtjänst B", "HOME_CARE", 2026, "-50000"), 2026, "1", "1"),
                "2026-01", "100000", "110000");
        ResultUnit c = closed(budgeted(unit("Förskolan C", "PRESCHOOL", 2026, "30000"), 2026, "1", "1"),
                "2026-01", "50000", "45000");

        List<ServiceAreaEquity> areas = ServiceAreaEquity.sum(List.of(c, a, b), 2026);

        assertThat(areas).extracting(ServiceAreaEquity::serviceArea)
                .containsExactly(ServiceArea.HOME_CARE, ServiceArea.PRESCHOOL);
        ServiceAreaEquity homeCare = areas.get(0);
        assertThat(homeCare.units()).isEqualTo(2);
        assertThat(homeCare.broughtForward()).isEqualByComparingTo("50000");
        assertThat(homeCare.result()).isEqualByComparingTo("10000");
        assertThat(homeCare.carriedForward()).isEqualByComparingTo("60000");
        assertThat(areas.get(1).carriedForward()).isEqualByComparingTo("35000");
    }

    @Test
    void aMajorDeviationCannotBeClosedWithoutAnActionPlan() {
        // budget 12 000 000 / 11 400 000: 50 000 a month; January at 0 is 50 000 below budget,
        // more than 2 % of January's budgeted revenues (20 000): a major deviation.
        ResultUnit unit = budgeted(unit("Vallbygården", "RESIDENTIAL_CARE", 2026, "0"), 2026, "12000000", "11400000");
        unit = done(unit.recordMonth("2026-01", kr("1000000"), kr("1000000"), 310L, "310 vårddygn", null, null, null,
                null));

        ResultUnit.Change withoutPlan = unit.closeMonth("2026-01", " ", TWO_PERCENT, NOW);
        ResultUnit.Change withPlan = unit.closeMonth("2026-01", "Bemanningen ses över; vakanser tillsätts inte.",
                TWO_PERCENT, NOW);

        assertThat(((ResultUnit.Change.Rejected) withoutPlan).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("actionPlan", "required-on-major-deviation"));
        ResultUnit.Change.MonthClosed closed = (ResultUnit.Change.MonthClosed) withPlan;
        assertThat(closed.majorDeviation()).isTrue();
        assertThat(closed.month().actionPlan()).startsWith("Bemanningen");
        assertThat(closed.toDate().deviation()).isEqualByComparingTo("-50000");
    }

    @Test
    void aDeviationWithinTheThresholdClosesWithoutAnActionPlan() {
        // 40 000 against 50 000 budgeted: 10 000 short, within 2 % of 1 000 000 (20 000)
        ResultUnit unit = budgeted(unit("Vallbygården", "RESIDENTIAL_CARE", 2026, "0"), 2026, "12000000", "11400000");
        unit = done(unit.recordMonth("2026-01", kr("1000000"), kr("960000"), null, null, null, null, null, null));

        ResultUnit.Change.MonthClosed closed = (ResultUnit.Change.MonthClosed) unit.closeMonth("2026-01", null,
                TWO_PERCENT, NOW);
        ResultUnit.Change stricter = unit.closeMonth("2026-01", null, new MajorDeviationRule(new BigDecimal("0.5")),
                NOW);

        assertThat(closed.majorDeviation()).isFalse();
        assertThat(closed.month().closed()).isTrue();
        assertThat(stricter).as("0.5 % of 1 000 000 is 5 000 < 10 000").isInstanceOf(ResultUnit.Change.Rejected.class);
    }

    @Test
    void monthsAreClosedInOrderAgainstABudgetAndAClosedMonthIsFinal() {
        ResultUnit unit = unit("Fritidsgården", "YOUTH_CENTRE", 2026, "0");
        unit = done(unit.recordMonth("2026-01", kr("100"), kr("90"), null, null, null, null, null, null));
        unit = done(unit.recordMonth("2026-02", kr("100"), kr("90"), null, null, null, null, null, null));

        assertThat(unit.closeMonth("2026-01", null, TWO_PERCENT, NOW)).as("no budget yet")
                .isInstanceOf(ResultUnit.Change.Refused.class);
        unit = budgeted(unit, 2026, "1200", "1080");
        assertThat(unit.closeMonth("2026-02", null, TWO_PERCENT, NOW)).as("January is still open")
                .isInstanceOf(ResultUnit.Change.Refused.class);
        assertThat(unit.closeMonth("2026-03", null, TWO_PERCENT, NOW)).as("nothing recorded")
                .isInstanceOf(ResultUnit.Change.Refused.class);
        unit = ((ResultUnit.Change.MonthClosed) unit.closeMonth("2026-01", null, TWO_PERCENT, NOW)).unit();
        assertThat(unit.recordMonth("2026-01", kr("1"), kr("1"), null, null, null, null, null, null))
                .as("a closed month is final").isInstanceOf(ResultUnit.Change.Refused.class);
        assertThat(unit.closeMonth("2026-01", null, TWO_PERCENT, NOW)).isInstanceOf(ResultUnit.Change.Refused.class);
        assertThat(unit.setBudget(2026, kr("1"), kr("1"), null, null)).as("the year's budget is fixed")
                .isInstanceOf(ResultUnit.Change.Refused.class);
        unit = ((ResultUnit.Change.MonthClosed) unit.closeMonth("2026-02", null, TWO_PERCENT, NOW)).unit();
        assertThat(unit.recordMonth("2025-12", kr("1"), kr("1"), null, null, null, null, null, null))
                .as("the books are closed up to February").isInstanceOf(ResultUnit.Change.Refused.class);
    }

    @Test
    void saleToAnotherMunicipalityNeedsOrdererConsent() {
        ResultUnit unit = unit("Måltidsenheten", "PRESCHOOL", 2026, "0");
        ResultUnit.Change.SaleChanged requested = (ResultUnit.Change.SaleChanged) unit.requestSale("Grannby kommun",
                "Förskolemåltider", kr("400000"), "board-kun", NOW);
        unit = requested.unit();
        var saleId = requested.sale().id();

        assertThat(requested.sale().status()).isEqualTo(MunicipalSale.Status.REQUESTED);
        assertThat(unit.startSale(saleId)).as("not before consent").isInstanceOf(ResultUnit.Change.Refused.class);
        assertThat(unit.invoiceSale(saleId)).as("not before consent").isInstanceOf(ResultUnit.Change.Refused.class);
        assertThat(unit.decideSale(saleId, "CONSENT", " ", "kun.handlaggare", NOW))
                .as("a decision gives its reason").isInstanceOf(ResultUnit.Change.Rejected.class);

        ResultUnit refused = ((ResultUnit.Change.SaleChanged) unit.decideSale(saleId, "REFUSE",
                "Kapaciteten behövs för kommunens egna förskolor", "kun.handlaggare", NOW)).unit();
        assertThat(refused.startSale(saleId)).as("a refused sale never starts")
                .isInstanceOf(ResultUnit.Change.Refused.class);

        ResultUnit consented = ((ResultUnit.Change.SaleChanged) unit.decideSale(saleId, "CONSENT",
                "Belastar inte kommunens ekonomi", "kun.handlaggare", NOW)).unit();
        assertThat(consented.decideSale(saleId, "REFUSE", "Ångrat", "kun.handlaggare", NOW))
                .as("decided once").isInstanceOf(ResultUnit.Change.Refused.class);
        ResultUnit started = ((ResultUnit.Change.SaleChanged) consented.startSale(saleId)).unit();
        ResultUnit.Change.SaleChanged invoiced = (ResultUnit.Change.SaleChanged) started.invoiceSale(saleId);
        assertThat(invoiced.sale().status()).isEqualTo(MunicipalSale.Status.INVOICED);
        assertThat(invoiced.sale().decisionReason()).isEqualTo("Belastar inte kommunens ekonomi");
    }

    @Test
    void registeringReportsEveryProblemAtOnce() {
        ResultUnit.Registration registration = ResultUnit.register("p", "provider-x", " ", "GARDENING", null,
                new BigDecimal("1.001"), NOW);

        assertThat(((ResultUnit.Registration.Rejected) registration).violations()).extracting(Violation::field)
                .containsExactly("name", "serviceArea", "firstYear", "equityBroughtForward");
    }

    @Test
    void theMonthlyReportSumsTheUnitsYearToDateAndCountsMajorDeviations() {
        ResultUnit fine = closed(budgeted(unit("A", "HOME_CARE", 2026, "0"), 2026, "1200000", "1140000"),
                "2026-01", "100000", "95000");
        ResultUnit poor = done(budgeted(unit("B", "HOME_CARE", 2026, "0"), 2026, "1200000", "1140000")
                .recordMonth("2026-01", kr("100000"), kr("120000"), null, null, null, null, null, null));
        poor = ((ResultUnit.Change.MonthClosed) poor.closeMonth("2026-01", "Åtgärder", TWO_PERCENT, NOW)).unit();
        ResultUnit open = done(budgeted(unit("C", "PRESCHOOL", 2026, "0"), 2026, "1200", "1200")
                .recordMonth("2026-01", kr("999"), kr("1"), null, null, null, null, null, null));

        MonthlyReport report = MonthlyReport.of(YearMonth.of(2026, 1), List.of(fine, poor, open), TWO_PERCENT);

        assertThat(report.totals().units()).isEqualTo(3);
        assertThat(report.totals().monthClosed()).isEqualTo(2);
        assertThat(report.totals().majorDeviations()).isEqualTo(1);
        assertThat(report.totals().revenuesToDate()).as("the open month is not counted").isEqualByComparingTo("200000");
        assertThat(report.totals().resultToDate()).isEqualByComparingTo("-15000");
        assertThat(report.units().get(1).majorDeviation()).isTrue();
        assertThat(report.units().get(0).meetsRequirement()).as("5 % margin meets 5 %").isTrue();
    }

    @Test
    void theProductionsAverageRequirementIsTheUnitsRequirementsWeightedByBudgetedRevenues() {
        // 9 000 000 at the ladder's 5 % and 3 000 000 decided at 1 %: (45 + 3) / 12 = 4 %, below the ladder's 5 %
        ResultUnit ladder = budgeted(unit("A", "HOME_CARE", 2026, "0"), 2026, "9000000", "8550000");
        ResultUnit decided = done(unit("B", "HOME_CARE", 2026, "0").setBudget(2026, kr("3000000"), kr("2970000"),
                new BigDecimal("1"), "Ny enhet under uppbyggnad"));

        MonthlyReport.Totals totals = MonthlyReport.of(YearMonth.of(2026, 1), List.of(ladder, decided), TWO_PERCENT)
                .totals();

        assertThat(totals.averageRequirementPercent()).isEqualByComparingTo("4.00");
        assertThat(totals.ladderRequirementPercent()).isEqualByComparingTo("5");
    }

    private static BigDecimal ladder(int year) {
        return MarginRequirement.ladder(year).orElseThrow().percent();
    }

    static ResultUnit unit(String name, String area, int firstYear, String equity) {
        return ((ResultUnit.Registration.Registered) ResultUnit.register("provider-id", "provider-vallby-produktion",
                name, area, firstYear, new BigDecimal(equity), NOW)).unit();
    }

    static ResultUnit budgeted(ResultUnit unit, int year, String revenues, String costs) {
        return done(unit.setBudget(year, kr(revenues), kr(costs), null, null));
    }

    /** Records and closes a month within its budget's tolerance or, failing that, with an action plan. */
    static ResultUnit closed(ResultUnit unit, String period, String revenues, String costs) {
        ResultUnit recorded = done(unit.recordMonth(period, kr(revenues), kr(costs), null, null, null, null, null, null));
        return ((ResultUnit.Change.MonthClosed) recorded.closeMonth(period, "Handlingsplan", TWO_PERCENT, NOW)).unit();
    }

    static ResultUnit done(ResultUnit.Change change) {
        assertThat(change).isInstanceOf(ResultUnit.Change.Done.class);
        return ((ResultUnit.Change.Done) change).unit();
    }

    static BigDecimal kr(String amount) {
        return new BigDecimal(amount);
    }
}
