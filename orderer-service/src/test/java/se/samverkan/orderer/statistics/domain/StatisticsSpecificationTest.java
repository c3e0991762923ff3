package se.samverkan.orderer.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.samverkan.orderer.statistics.domain.MeasureInputs.productivity;
import static se.samverkan.orderer.statistics.domain.MeasureInputs.quality;
import static se.samverkan.orderer.statistics.domain.MeasureInputs.resource;
import static se.samverkan.orderer.statistics.domain.MeasureInputs.survey;
import static se.samverkan.orderer.statistics.domain.MeasureInputs.volume;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.board.domain.BoardId;

/** The rules of a board's statistics specification, one test per rule. */
class StatisticsSpecificationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");

    @Test
    void measureCodesAreUniqueWithinASpecification() {
        List<Violation> violations = rejected(homeCare().editDraft(draft("2027-01-01",
                volume("HOME_CARE_HOURS").build(), volume("HOME_CARE_HOURS").build()), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("measures[1].code", "unique"));
    }

    @Test
    void aUserSurveyMeasureMustAskForRespondentsAndResponseRate() {
        List<Violation> violations = rejected(homeCare().editDraft(draft("2027-01-01",
                survey("SATISFIED").reportsRespondents(false).reportsResponseRate(null).build(),
                survey("SAFE").reportsRespondents(true).reportsResponseRate(true).build()), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("measures[0].reportsRespondents", "user-survey-response"),
                tuple("measures[0].reportsResponseRate", "user-survey-response"));
    }

    @Test
    void onlyAUserSurveyMeasureReportsRespondentsAndResponseRate() {
        List<Violation> violations = rejected(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").reportsRespondents(true).build()), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("measures[0].reportsRespondents", "not-applicable"));
    }

    @Test
    void percentBoundsLieBetweenZeroAndHundredAndAreFilledInWhenNoneAreGiven() {
        List<Violation> violations = rejected(homeCare().editDraft(draft("2027-01-01",
                quality("TOO_HIGH").bounds("0", "100.5").build(),
                quality("NEGATIVE").bounds("-1", null).build()), NOW));
        Measure unbounded = draftContent(homeCare().editDraft(draft("2027-01-01", quality("CONTINUITY").build()), NOW))
                .measures().get(0);
        Measure narrowed = draftContent(homeCare().editDraft(draft("2027-01-01",
                quality("CONTINUITY").bounds("50", "100.0").build()), NOW)).measures().get(0);

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("measures[0].maxValue", "percent-bounds"), tuple("measures[1].minValue", "percent-bounds"));
        assertThat(unbounded.minValue()).isEqualByComparingTo("0");
        assertThat(unbounded.maxValue()).isEqualByComparingTo("100");
        assertThat(narrowed.minValue()).isEqualTo(new BigDecimal("50"));
        assertThat(narrowed.maxValue()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void countBoundsAreWholeNumbersFromZeroAndTheLowestIsNotAboveTheHighest() {
        List<Violation> violations = rejected(homeCare().editDraft(draft("2027-01-01",
                volume("USERS").valueType("COUNT").unit("brukare").bounds("-2", "10.5").build(),
                volume("VISITS").valueType("COUNT").unit("besök").bounds("10", "5").build()), NOW));
        Measure users = draftContent(homeCare().editDraft(draft("2027-01-01",
                volume("USERS").valueType("COUNT").unit("brukare").build()), NOW)).measures().get(0);

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("measures[0].minValue", "count-bounds"), tuple("measures[0].maxValue", "count-bounds"),
                tuple("measures[1].minValue", "min-max"));
        assertThat(users.minValue()).isEqualByComparingTo("0");
        assertThat(users.maxValue()).isNull();
    }

    @Test
    void aCountOrAmountHasAUnitAndAPercentageOrTextHasNone() {
        List<Violation> violations = rejected(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").unit(" ").build(),
                quality("SHARE").unit("procent").build()), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("measures[0].unit", "required"), tuple("measures[1].unit", "not-applicable"));
    }

    @Test
    void aSpecificationCannotBePublishedEmpty() {
        StatisticsSpecification empty = edited(homeCare().editDraft(draft("2027-01-01"), NOW));

        StatisticsSpecification.Publication publication = empty.publish(NOW);

        assertThat(((StatisticsSpecification.Publication.Rejected) publication).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("measures", "not-empty"));
    }

    @Test
    void aVersionIsPublishedOnlyWithTheDayItStartsToApply() {
        StatisticsSpecification undated = edited(homeCare().editDraft(draft(null, volume("HOURS").build()), NOW));

        StatisticsSpecification.Publication publication = undated.publish(NOW);

        assertThat(((StatisticsSpecification.Publication.Rejected) publication).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("validFrom", "required"));
    }

    @Test
    void aPublishedVersionCannotBeChangedEditingStartsTheDraftOfTheNextVersion() {
        StatisticsSpecification first = published(edited(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").build()), NOW)));

        StatisticsSpecification.DraftEdit edit = first.editDraft(draft("2028-01-01", volume("HOURS").build(),
                volume("VISITS").build()), NOW.plusSeconds(60));
        StatisticsSpecification second = ((StatisticsSpecification.DraftEdit.Edited) edit).specification();

        assertThat(second.draft()).hasValueSatisfying(draft -> assertThat(draft.version()).isEqualTo(2));
        assertThat(second.version(1)).hasValueSatisfying(version -> {
            assertThat(version.content().validFrom()).isEqualTo(LocalDate.parse("2027-01-01"));
            assertThat(version.content().measures()).extracting(Measure::code).containsExactly("HOURS");
        });
        assertThat(second.version(2)).isEmpty();
        StatisticsSpecification afterSecond = published(second);
        assertThat(afterSecond.publishedVersions()).extracting(PublishedVersion::version).containsExactly(1, 2);
        assertThat(afterSecond.validUntil(afterSecond.version(1).orElseThrow()))
                .contains(LocalDate.parse("2027-12-31"));
        assertThat(afterSecond.draft()).isEmpty();
    }

    @Test
    void aVersionWithoutADraftHasNothingToPublish() {
        StatisticsSpecification first = published(edited(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").build()), NOW)));

        assertThat(first.publish(NOW)).isEqualTo(new StatisticsSpecification.Publication.NothingToPublish(1));
    }

    @Test
    void aNewVersionAppliesFromALaterDayThanThePreviousOne() {
        StatisticsSpecification first = published(edited(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").build()), NOW)));

        List<Violation> violations = rejected(first.editDraft(draft("2027-01-01", volume("HOURS").build()), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("validFrom", "after-previous-version"));
    }

    @Test
    void aProductivityMeasureRelatesAVolumeAndAResourceMeasureOfTheSameSpecification() {
        List<Violation> violations = rejected(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").build(),
                resource("STAFF").build(),
                productivity("HOURS_PER_STAFF", "HOURS", "STAFF").build(),
                productivity("WRONG_WAY", "STAFF", "MISSING").build(),
                productivity("NOTHING", null, " ").build()), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("measures[4].volumeMeasure", "required"),
                tuple("measures[4].resourceMeasure", "required"),
                tuple("measures[3].volumeMeasure", "productivity-reference"),
                tuple("measures[3].resourceMeasure", "productivity-reference"));
    }

    @Test
    void onlyAProductivityMeasureRelatesOtherMeasures() {
        List<Violation> violations = rejected(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").build(), volume("VISITS").relates("HOURS", null).build()), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("measures[1].volumeMeasure", "not-applicable"));
    }

    @Test
    void aMeasureCodeKeepsItsCategoryAndValueTypeInLaterVersions() {
        StatisticsSpecification first = published(edited(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").build()), NOW)));

        List<Violation> violations = rejected(first.editDraft(draft("2028-01-01",
                resource("HOURS").valueType("COUNT").unit("timmar").build()), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("measures[0].category", "stable-code"), tuple("measures[0].valueType", "stable-code"));
    }

    @Test
    void anAgeBreakdownNeedsTheSpecificationsAgeBandsAscendingAndNotOverlapping() {
        List<Violation> missing = rejected(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").breakdowns("GENDER", "AGE_BAND").build()), NOW));
        List<Violation> overlapping = rejected(homeCare().editDraft(new DraftInput("2027-01-01",
                List.of("0-64", "60-79", "80-", "90-", "äldre"), List.of(volume("HOURS").build())), NOW));
        SpecificationContent banded = draftContent(homeCare().editDraft(new DraftInput("2027-01-01",
                List.of("0-64", "65 – 79", "80-89", "90-"),
                List.of(volume("HOURS").breakdowns("AGE_BAND", "GENDER").build())), NOW));

        assertThat(missing).extracting(Violation::field, Violation::rule).containsExactly(tuple("ageBands", "required"));
        assertThat(overlapping).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("ageBands[1]", "order"), tuple("ageBands[3]", "order"), tuple("ageBands[4]", "format"));
        assertThat(banded.ageBands()).extracting(AgeBand::toString).containsExactly("0-64", "65-79", "80-89", "90-");
        assertThat(banded.measures().get(0).breakdowns()).containsExactly(Breakdown.GENDER, Breakdown.AGE_BAND);
    }

    @Test
    void everyBrokenRuleOfADraftIsReportedAtOnceAndNothingChanges() {
        StatisticsSpecification specification = homeCare();
        MeasureInput blank = new MeasureInput(null, null, null, null, null, null, null, null, List.of("SIZE"), null,
                null, null, null, null, null, null);

        List<Violation> violations = rejected(specification.editDraft(new DraftInput("1 januari",
                List.of(), Arrays.asList(blank, null)), NOW));

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("validFrom", "date"), tuple("measures[0].code", "required"), tuple("measures[0].name", "required"),
                tuple("measures[0].category", "required"), tuple("measures[0].valueType", "required"),
                tuple("measures[0].frequency", "required"), tuple("measures[0].breakdowns[0]", "one-of"),
                tuple("measures[1]", "required"));
        assertThat(specification.draft().orElseThrow().content()).isEqualTo(SpecificationContent.EMPTY);
    }

    @Test
    void codesAreReadInAnyLetterCaseAndKeptInCapitals() {
        Measure hours = draftContent(homeCare().editDraft(draft("2027-01-01", volume("HOURS").category(" volume ")
                .valueType("amount").frequency("Monthly").breakdowns("gender").build()), NOW)).measures().get(0);

        assertThat(hours.category()).isEqualTo(MeasureCategory.VOLUME);
        assertThat(hours.valueType()).isEqualTo(ValueType.AMOUNT);
        assertThat(hours.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(hours.breakdowns()).containsExactly(Breakdown.GENDER);
    }

    @Test
    void aSpecificationIsForOneOfTheServiceAreasOfTheEventContracts() {
        assertThat(Arrays.stream(ServiceArea.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(ServiceAreaCode.values()).map(Enum::name).toList());
        StatisticsSpecification.Creation unknown = StatisticsSpecification.create(BoardId.newId(), "board-von", "VON",
                "ELDERLY", NOW);
        assertThat(((StatisticsSpecification.Creation.Rejected) unknown).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("serviceArea", "one-of"));
    }

    @Test
    void aNewSpecificationIsAnEmptyDraftOfVersionOneKnownOnlyToItsBoard() {
        StatisticsSpecification specification = homeCare();

        assertThat(specification.draft()).hasValueSatisfying(draft -> {
            assertThat(draft.version()).isEqualTo(1);
            assertThat(draft.content().isEmpty()).isTrue();
        });
        assertThat(specification.isPublished()).isFalse();
        assertThat(specification.isOfBoard("board-von")).isTrue();
        assertThat(specification.isOfBoard("board-bun")).isFalse();
    }

    @Test
    void theVersionThatAppliesOnADayIsTheLatestWhoseValidityHasStarted() {
        StatisticsSpecification first = published(edited(homeCare().editDraft(draft("2027-01-01",
                volume("HOURS").build()), NOW)));
        StatisticsSpecification both = published(edited(first.editDraft(draft("2028-01-01", volume("HOURS").build()),
                NOW)));

        assertThat(both.versionValidOn(LocalDate.parse("2026-12-31"))).isEmpty();
        assertThat(both.versionValidOn(LocalDate.parse("2027-06-30")).map(PublishedVersion::version)).contains(1);
        assertThat(both.versionValidOn(LocalDate.parse("2028-01-01")).map(PublishedVersion::version)).contains(2);
    }

    static StatisticsSpecification homeCare() {
        return ((StatisticsSpecification.Creation.Created) StatisticsSpecification.create(BoardId.newId(),
                "board-von", "VON", "HOME_CARE", NOW)).specification();
    }

    static DraftInput draft(String validFrom, MeasureInput... measures) {
        return new DraftInput(validFrom, List.of(), List.of(measures));
    }

    private static List<Violation> rejected(StatisticsSpecification.DraftEdit edit) {
        assertThat(edit).isInstanceOf(StatisticsSpecification.DraftEdit.Rejected.class);
        return ((StatisticsSpecification.DraftEdit.Rejected) edit).violations();
    }

    private static StatisticsSpecification edited(StatisticsSpecification.DraftEdit edit) {
        assertThat(edit).as("%s", edit).isInstanceOf(StatisticsSpecification.DraftEdit.Edited.class);
        return ((StatisticsSpecification.DraftEdit.Edited) edit).specification();
    }

    private static SpecificationContent draftContent(StatisticsSpecification.DraftEdit edit) {
        return edited(edit).draft().orElseThrow().content();
    }

    private static StatisticsSpecification published(StatisticsSpecification specification) {
        StatisticsSpecification.Publication publication = specification.publish(NOW);
        assertThat(publication).as("%s", publication).isInstanceOf(StatisticsSpecification.Publication.Published.class);
        return ((StatisticsSpecification.Publication.Published) publication).specification();
    }
}
