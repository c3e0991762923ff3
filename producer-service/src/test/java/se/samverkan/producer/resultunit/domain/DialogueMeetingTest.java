package se.samverkan.producer.resultunit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class DialogueMeetingTest {

    @Test
    void theAutumnMeetingIsHeldInTheAutumnTermAndTheSpringMeetingInTheSpringTerm() {
        var autumn = DialogueMeeting.record("provider-vallby-produktion", "2026-10-12", "AUTUMN",
                List.of("Kommundirektör", "Produktionsdirektör"), List.of("Budget 2027", "Marknadsandelar"),
                List.of("Resultatkrav 2027: 5 %"));
        var autumnInMarch = DialogueMeeting.record("provider-vallby-produktion", "2026-03-12", "AUTUMN",
                List.of("Kommundirektör"), List.of("Budget"), null);
        var springInJuly = DialogueMeeting.record("provider-vallby-produktion", "2026-07-01", "SPRING",
                List.of("Kommundirektör"), List.of("Bokslut"), null);

        assertThat(((DialogueMeeting.Recording.Recorded) autumn).meeting().season())
                .isEqualTo(DialogueMeeting.Season.AUTUMN);
        assertThat(((DialogueMeeting.Recording.Rejected) autumnInMarch).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("heldOn", "season"));
        assertThat(springInJuly).isInstanceOf(DialogueMeeting.Recording.Rejected.class);
    }

    @Test
    void aRecordNamesItsParticipantsAndAgendaAndEveryProblemIsReportedAtOnce() {
        var empty = DialogueMeeting.record("provider-vallby-produktion", "2026-13-01", "WINTER", List.of(),
                java.util.Arrays.asList("Bokslut", " "), null);

        assertThat(((DialogueMeeting.Recording.Rejected) empty).violations()).extracting(Violation::field)
                .containsExactly("heldOn", "season", "participants", "agenda[1]");
    }
}
