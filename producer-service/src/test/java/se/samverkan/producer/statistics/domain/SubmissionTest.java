package se.samverkan.producer.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SubmissionTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2027-03").orElseThrow();
    private static final DueDates DUE_ON_THE_15TH = new DueDates(15);

    @Test
    void correctionIsANewVersionAndHistoryIsKept() {
        Submission first = Submission.submit(Fixtures.PROVIDER, "provider-org", Fixtures.UNIT, MARCH, DUE_ON_THE_15TH,
                Fixtures.content(Instant.parse("2027-04-02T08:00:00Z")));

        Submission corrected = first.correct(Fixtures.content(Instant.parse("2027-04-20T08:00:00Z")));

        assertThat(corrected.id()).isEqualTo(first.id());
        assertThat(corrected.versions()).extracting(SubmissionVersion::version).containsExactly(1, 2);
        assertThat(corrected.versions().get(0)).isEqualTo(first.versions().get(0));
        assertThat(corrected.current().submittedAt()).isEqualTo(Instant.parse("2027-04-20T08:00:00Z"));
        assertThat(first.versions()).hasSize(1);
    }

    @Test
    void submissionAfterDueDateIsLate() {
        Submission onTheDueDate = Submission.submit(Fixtures.PROVIDER, "provider-org", Fixtures.UNIT, MARCH,
                DUE_ON_THE_15TH, Fixtures.content(Instant.parse("2027-04-15T21:30:00Z")));
        Submission theDayAfter = Submission.submit(Fixtures.PROVIDER, "provider-org", Fixtures.UNIT, MARCH,
                DUE_ON_THE_15TH, Fixtures.content(Instant.parse("2027-04-15T22:30:00Z")));

        assertThat(onTheDueDate.dueOn()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(onTheDueDate.late()).as("23:30 Swedish summer time is still the 15th").isFalse();
        assertThat(theDayAfter.late()).as("00:30 on the 16th in Sweden").isTrue();
    }

    @Test
    void aLateCorrectionDoesNotMakeAnOnTimeSubmissionLate() {
        Submission onTime = Submission.submit(Fixtures.PROVIDER, "provider-org", Fixtures.UNIT, MARCH, DUE_ON_THE_15TH,
                Fixtures.content(Instant.parse("2027-04-10T08:00:00Z")));

        assertThat(onTime.correct(Fixtures.content(Instant.parse("2027-05-10T08:00:00Z"))).late()).isFalse();
    }

    @Test
    void theBoardWhoseSpecificationAVersionWasCheckedAgainstReadsIt() {
        Submission submission = Submission.submit(Fixtures.PROVIDER, "provider-org", Fixtures.UNIT, MARCH,
                DUE_ON_THE_15TH, Fixtures.content(Instant.parse("2027-04-10T08:00:00Z")));

        assertThat(submission.concernsBoard(Fixtures.BOARD)).isTrue();
        assertThat(submission.concernsBoard("board-kun")).isFalse();
    }
}
