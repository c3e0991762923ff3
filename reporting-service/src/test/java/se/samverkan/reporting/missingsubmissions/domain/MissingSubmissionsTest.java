package se.samverkan.reporting.missingsubmissions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MissingSubmissionsTest {

    private static final DueDates FIFTEENTH = new DueDates(DueDates.DEFAULT_DAY);
    private static final ReportingUnit NORR = unit("u-norr", "Hemtjänst Norr", "2027-01-01", null);
    private static final Agreement VON = agreement("board-von", "b-von", "2027-01-01", null, null);
    private static final SpecificationVersion MONTHLY = spec("b-von", "2027-01-01", 1, Frequency.MONTHLY);

    @Test
    void aMonthIsMissingTheDayAfterItsDueDateOnTheFifteenthOfTheFollowingMonth() {
        assertThat(periods(MissingSubmissions.asOf(LocalDate.of(2027, 2, 15), List.of(NORR), List.of(VON),
                List.of(MONTHLY), Set.of(), FIFTEENTH))).as("due today is not missing yet").isEmpty();

        List<MissingSubmissions.Missing> missing = MissingSubmissions.asOf(LocalDate.of(2027, 2, 20), List.of(NORR),
                List.of(VON), List.of(MONTHLY), Set.of(), FIFTEENTH);

        assertThat(periods(missing)).containsExactly("2027-01");
        assertThat(missing.get(0).dueOn()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(missing.get(0).daysOverdue()).isEqualTo(5);
        assertThat(missing.get(0).boardOrganisationId()).isEqualTo("board-von");
        assertThat(missing.get(0).providerOrganisationId()).isEqualTo("provider-norr");
    }

    @Test
    void aPeriodThatArrivedIsNotMissingWhateverItsVersion() {
        assertThat(periods(MissingSubmissions.asOf(LocalDate.of(2027, 4, 20), List.of(NORR), List.of(VON),
                List.of(MONTHLY), Set.of("u-norr|2027-01", "u-norr|2027-03"), FIFTEENTH))).containsExactly("2027-02");
    }

    @Test
    void onlyTheFrequenciesTheSpecificationInForceAsksForAreOwed() {
        SpecificationVersion quarterlyFromApril = spec("b-von", "2027-04-01", 2, Frequency.QUARTERLY);

        assertThat(periods(MissingSubmissions.asOf(LocalDate.of(2027, 8, 1), List.of(NORR), List.of(VON),
                List.of(MONTHLY, quarterlyFromApril), Set.of(), FIFTEENTH)))
                .containsExactly("2027-01", "2027-02", "2027-03", "2027-Q2");
    }

    @Test
    void nothingIsOwedOutsideTheAgreementOrBeforeTheUnitOpenedOrAfterItClosed() {
        Agreement terminated = agreement("board-von", "b-von", "2027-02-01", "2029-12-31", "2027-03-10");
        ReportingUnit closed = unit("u-syd", "Hemtjänst Syd", "2027-01-20", "2027-03-01");

        assertThat(periods(MissingSubmissions.asOf(LocalDate.of(2027, 8, 1), List.of(NORR), List.of(terminated),
                List.of(MONTHLY), Set.of(), FIFTEENTH))).containsExactly("2027-02", "2027-03");
        assertThat(periods(MissingSubmissions.asOf(LocalDate.of(2027, 8, 1), List.of(closed), List.of(VON),
                List.of(MONTHLY), Set.of(), FIFTEENTH))).containsExactly("2027-01", "2027-02");
    }

    @Test
    void aUnitOutsideTheAgreementsServiceAreaOrWithoutASpecificationOwesNothing() {
        ReportingUnit preschool = new ReportingUnit("u-f", "p-norr", "Förskolan", "PRESCHOOL", null,
                LocalDate.of(2027, 1, 1), null);

        assertThat(MissingSubmissions.asOf(LocalDate.of(2027, 8, 1), List.of(preschool), List.of(VON),
                List.of(MONTHLY), Set.of(), FIFTEENTH)).isEmpty();
        assertThat(MissingSubmissions.asOf(LocalDate.of(2027, 8, 1), List.of(NORR), List.of(VON),
                List.of(spec("b-other", "2027-01-01", 1, Frequency.MONTHLY)), Set.of(), FIFTEENTH)).isEmpty();
    }

    @Test
    void aUnitOwesOnePeriodOnceToTheFirstBoardByOrganisationWhenTwoBoardsAgreementsCoverIt() {
        Agreement kun = agreement("board-kun", "b-kun", "2027-01-01", null, null);

        List<MissingSubmissions.Missing> missing = MissingSubmissions.asOf(LocalDate.of(2027, 2, 20), List.of(NORR),
                List.of(VON, kun), List.of(MONTHLY, spec("b-kun", "2027-01-01", 1, Frequency.MONTHLY)), Set.of(),
                FIFTEENTH);

        assertThat(missing).singleElement().extracting(MissingSubmissions.Missing::boardOrganisationId)
                .isEqualTo("board-kun");
    }

    @Test
    void theSummariesCountPerProviderAndPerBoardAndPeriod() {
        ReportingUnit syd = unit("u-syd", "Hemtjänst Syd", "2027-01-01", null);
        List<MissingSubmissions.Missing> missing = MissingSubmissions.asOf(LocalDate.of(2027, 3, 20),
                List.of(NORR, syd), List.of(VON), List.of(MONTHLY), Set.of("u-syd|2027-02"), FIFTEENTH);

        assertThat(MissingSubmissions.perProvider(missing)).singleElement().satisfies(summary -> {
            assertThat(summary.missing()).isEqualTo(3);
            assertThat(summary.units()).isEqualTo(2);
            assertThat(summary.oldestDueOn()).isEqualTo(LocalDate.of(2027, 2, 15));
            assertThat(summary.mostDaysOverdue()).isEqualTo(33);
            assertThat(summary.periods()).containsExactly("2027-01", "2027-02");
        });
        assertThat(MissingSubmissions.perBoardAndPeriod(missing)).containsExactly(
                new MissingSubmissions.BoardPeriodCount("board-von", "2027-01", Frequency.MONTHLY,
                        LocalDate.of(2027, 2, 15), 2),
                new MissingSubmissions.BoardPeriodCount("board-von", "2027-02", Frequency.MONTHLY,
                        LocalDate.of(2027, 3, 15), 1));
    }

    @Test
    void aQuarterAndAYearAreDueOnTheFifteenthAfterTheyEnd() {
        assertThat(FIFTEENTH.dueOn(new ReportingPeriod(Frequency.QUARTERLY, 2027, 1))).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(FIFTEENTH.dueOn(new ReportingPeriod(Frequency.YEARLY, 2027, 0))).isEqualTo(LocalDate.of(2028, 1, 15));
        assertThat(new DueDates(5).dueOn(new ReportingPeriod(Frequency.MONTHLY, 2027, 12)))
                .isEqualTo(LocalDate.of(2028, 1, 5));
    }

    private static List<String> periods(List<MissingSubmissions.Missing> missing) {
        return missing.stream().map(MissingSubmissions.Missing::period).toList();
    }

    private static ReportingUnit unit(String id, String name, String openedOn, String closedOn) {
        return new ReportingUnit(id, "p-norr", name, "HOME_CARE", null, LocalDate.parse(openedOn),
                closedOn == null ? null : LocalDate.parse(closedOn));
    }

    private static Agreement agreement(String board, String boardId, String startsOn, String endsOn,
                                       String terminatedOn) {
        return new Agreement("a-" + board, "p-norr", "provider-norr", boardId, board, "HOME_CARE",
                LocalDate.parse(startsOn), endsOn == null ? null : LocalDate.parse(endsOn),
                terminatedOn == null ? null : LocalDate.parse(terminatedOn));
    }

    private static SpecificationVersion spec(String boardId, String validFrom, int version, Frequency owed) {
        return new SpecificationVersion("s-" + boardId, boardId, "board", "HOME_CARE", version,
                LocalDate.parse(validFrom), Set.of(owed));
    }
}
