package se.samverkan.producer.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.producer.statistics.domain.Fixtures.AGREEMENT;
import static se.samverkan.producer.statistics.domain.Fixtures.SPEC_V1;
import static se.samverkan.producer.statistics.domain.Fixtures.UNIT;
import static se.samverkan.producer.statistics.domain.Fixtures.check;
import static se.samverkan.producer.statistics.domain.Fixtures.goodMarch;
import static se.samverkan.producer.statistics.domain.Fixtures.hours;
import static se.samverkan.producer.statistics.domain.Fixtures.map;
import static se.samverkan.producer.statistics.domain.Fixtures.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class SubmissionRulesTest {

    @Test
    void aCompleteSubmissionIsAccepted() {
        SubmissionRules.Check check = check("2027-03", goodMarch());

        assertThat(check).isInstanceOf(SubmissionRules.Check.Accepted.class);
        SubmissionRules.Check.Accepted accepted = (SubmissionRules.Check.Accepted) check;
        assertThat(accepted.specification().version()).isEqualTo(1);
        assertThat(accepted.values()).extracting(ReportedValue::measure).containsExactly("HOURS", "STAFF");
    }

    @Test
    void genderBreakdownMustSumToTotal() {
        assertThat(rules(check("2027-03", List.of(hours("40", "21", "60"), staff("14")))))
                .contains("values[0].byGender:gender-sum");
        assertThat(check("2027-03", List.of(hours("40", "20", "60"), staff("14"))))
                .isInstanceOf(SubmissionRules.Check.Accepted.class);
    }

    @Test
    void genderTotalMustBeTheMeasuresValue() {
        ValueInput hours = new ValueInput("HOURS", new BigDecimal("61"), null, map("K", 40, "M", 20, "T", 60),
                map("0-64", 1, "65-79", 1, "80-", 1), null, null, null);

        assertThat(rules(check("2027-03", List.of(hours, staff("1"))))).containsExactly("values[0].byGender.T:gender-total");
    }

    @Test
    void womenAndMenAreRequiredWhereTheMeasureIsBrokenDownByGender() {
        ValueInput hours = new ValueInput("HOURS", new BigDecimal("60"), null, map("T", 60),
                map("0-64", 1, "65-79", 1, "80-", 1), null, null, null);

        assertThat(rules(check("2027-03", List.of(hours, staff("1")))))
                .containsExactlyInAnyOrder("values[0].byGender.K:required", "values[0].byGender.M:required");
    }

    @Test
    void requiredMeasureMustBeReported() {
        assertThat(rules(check("2027-03", List.of(staff("14"))))).containsExactly("values:required-measure");
    }

    @Test
    void measuresFromASourceSystemAndOptionalOnesAreNotRequired() {
        assertThat(check("2027-03", goodMarch())).isInstanceOf(SubmissionRules.Check.Accepted.class);
        ValueInput granted = new ValueInput("GRANTED", BigDecimal.ONE, null, null, null, null, null, null);
        List<ValueInput> withGranted = new ArrayList<>(goodMarch());
        withGranted.add(granted);

        assertThat(rules(check("2027-03", withGranted))).containsExactly("values[2].measure:source-system");
    }

    @Test
    void countMustBeAWholeNumberAndNotNegative() {
        List<ValueInput> values = new ArrayList<>(goodMarch());
        values.add(new ValueInput("DEVIATIONS", new BigDecimal("-1.5"), null, null, null, map("Vallby", "2.5"),
                null, null));

        assertThat(rules(check("2027-03", values))).containsExactlyInAnyOrder("values[2].value:not-negative",
                "values[2].value:whole-number", "values[2].byArea.Vallby:whole-number");
    }

    @Test
    void percentMustLieBetween0And100() {
        ValueInput satisfied = new ValueInput("SATISFIED", new BigDecimal("101"), null, map("K", 90, "M", -1),
                null, null, new BigDecimal("40"), new BigDecimal("100.5"));

        assertThat(rules(check("2027", List.of(satisfied)))).containsExactlyInAnyOrder("values[0].value:percent-range",
                "values[0].byGender.M:percent-range", "values[0].responseRate:percent-range");
    }

    @Test
    void valueMustLieWithinTheMeasuresMinAndMax() {
        assertThat(rules(check("2027-03", List.of(hours("40", "20", "60"), staff("500.5")))))
                .containsExactly("values[1].value:max-value");
        assertThat(rules(check("2027-03", List.of(hours("-40", "-20", "-60"), staff("1")))))
                .contains("values[0].value:min-value");
    }

    @Test
    void surveyMeasureNeedsRespondentsAndResponseRate() {
        ValueInput satisfied = new ValueInput("SATISFIED", new BigDecimal("88"), null, map("K", 90, "M", 85), null,
                null, null, null);

        assertThat(rules(check("2027", List.of(satisfied)))).containsExactlyInAnyOrder(
                "values[0].respondents:required", "values[0].responseRate:required");
        assertThat(check("2027", List.of(new ValueInput("SATISFIED", new BigDecimal("88"), null, map("K", 90, "M", 85),
                null, null, new BigDecimal("120"), new BigDecimal("64.5"))))).isInstanceOf(SubmissionRules.Check.Accepted.class);
    }

    @Test
    void everyAgeBandOfTheSpecificationIsReportedAndNoOther() {
        ValueInput hours = new ValueInput("HOURS", new BigDecimal("60"), null, map("K", 40, "M", 20),
                map("0-64", 10, "65-79", 20, "100-", 30), null, null, null);

        assertThat(rules(check("2027-03", List.of(hours, staff("1"))))).containsExactlyInAnyOrder(
                "values[0].byAgeBand.100-:age-band", "values[0].byAgeBand.80-:required");
    }

    @Test
    void aBreakdownTheMeasureDoesNotHaveIsRefused() {
        ValueInput staff = new ValueInput("STAFF", BigDecimal.TEN, null, map("K", 5, "M", 5), null, null, null, null);

        assertThat(rules(check("2027-03", List.of(hours("1", "1", "2"), staff))))
                .containsExactly("values[1].byGender:not-applicable");
    }

    @Test
    void unknownMeasureCodeIsRefused() {
        List<ValueInput> values = new ArrayList<>(goodMarch());
        values.add(new ValueInput("NO_SUCH_MEASURE", BigDecimal.ONE, null, null, null, null, null, null));

        assertThat(rules(check("2027-03", values))).containsExactly("values[2].measure:unknown-measure");
    }

    @Test
    void aMeasureIsReportedForPeriodsOfItsOwnFrequency() {
        List<ValueInput> values = new ArrayList<>(goodMarch());
        values.add(new ValueInput("SATISFIED", BigDecimal.TEN, null, map("K", 5, "M", 5), null, null,
                BigDecimal.ONE, BigDecimal.ONE));

        assertThat(rules(check("2027-03", values))).containsExactly("values[2].measure:frequency");
    }

    @Test
    void aTextMeasureIsAnsweredWithText() {
        assertThat(rules(check("2027-Q1", List.of(new ValueInput("COMMENT", BigDecimal.ONE, null, null, null, null,
                null, null))))).containsExactlyInAnyOrder("values[0].value:not-applicable", "values[0].text:required");
        assertThat(check("2027-Q1", List.of(new ValueInput("COMMENT", null, "Inga särskilda händelser.", null, null,
                null, null, null)))).isInstanceOf(SubmissionRules.Check.Accepted.class);
    }

    @Test
    void unitOfAnotherProviderIsRefused() {
        SubmissionRules.Check check = SubmissionRules.check(List.of(UNIT), List.of(AGREEMENT), List.of(SPEC_V1),
                "unit-of-someone-else", "2027-03", goodMarch(), null);

        assertThat(rules(check)).containsExactly("unitId:unit-of-provider");
    }

    @Test
    void unitOutsideAgreementIsRefused() {
        assertThat(rules(check("2026-12", goodMarch()))).containsExactly("period:in-agreement");
        Agreement preschool = new Agreement("a-2", Fixtures.PROVIDER, Fixtures.BOARD_ID, Fixtures.BOARD, "PRESCHOOL",
                LocalDate.of(2020, 1, 1), null, null);
        assertThat(rules(SubmissionRules.check(List.of(UNIT), List.of(preschool), List.of(SPEC_V1), UNIT.unitId(),
                "2027-03", goodMarch(), null))).containsExactly("period:in-agreement");
    }

    @Test
    void aTerminatedAgreementCoversPeriodsOnlyUntilItsLastDay() {
        Agreement terminated = new Agreement("a-1", Fixtures.PROVIDER, Fixtures.BOARD_ID, Fixtures.BOARD, "HOME_CARE",
                LocalDate.of(2027, 1, 1), null, LocalDate.of(2027, 3, 10));
        SubmissionRules.Check march = SubmissionRules.check(List.of(UNIT), List.of(terminated), List.of(SPEC_V1),
                UNIT.unitId(), "2027-03", goodMarch(), null);
        SubmissionRules.Check april = SubmissionRules.check(List.of(UNIT), List.of(terminated), List.of(SPEC_V1),
                UNIT.unitId(), "2027-04", goodMarch(), null);

        assertThat(march).isInstanceOf(SubmissionRules.Check.Accepted.class);
        assertThat(rules(april)).containsExactly("period:in-agreement");
    }

    @Test
    void noSpecificationInForceIsRefused() {
        Agreement early = new Agreement("a-1", Fixtures.PROVIDER, Fixtures.BOARD_ID, Fixtures.BOARD, "HOME_CARE",
                LocalDate.of(2026, 1, 1), null, null);

        assertThat(rules(SubmissionRules.check(List.of(UNIT), List.of(early), List.of(SPEC_V1), UNIT.unitId(),
                "2026-11", goodMarch(), null))).containsExactly("period:specification-in-force");
    }

    @Test
    void aPeriodIsWrittenAsAMonthAQuarterOrAYear() {
        assertThat(rules(check("2027-13", goodMarch()))).containsExactly("period:format");
        assertThat(rules(check("mars 2027", goodMarch()))).containsExactly("period:format");
    }

    @Test
    void everyViolationIsListedAtOnce() {
        List<ValueInput> values = List.of(
                hours("40", "21", "60"),
                new ValueInput("NO_SUCH_MEASURE", BigDecimal.ONE, null, null, null, null, null, null),
                new ValueInput("DEVIATIONS", new BigDecimal("-2"), null, null, null, map("Vallby", 1), null, null));

        List<String> rules = rules(check("2027-03", values));

        assertThat(rules).containsExactlyInAnyOrder("values[0].byGender:gender-sum",
                "values[1].measure:unknown-measure", "values[2].value:not-negative", "values:required-measure");
    }

    private static List<String> rules(SubmissionRules.Check check) {
        assertThat(check).isInstanceOf(SubmissionRules.Check.Rejected.class);
        return ((SubmissionRules.Check.Rejected) check).violations().stream()
                .map((Violation violation) -> violation.field() + ":" + violation.rule()).toList();
    }
}
