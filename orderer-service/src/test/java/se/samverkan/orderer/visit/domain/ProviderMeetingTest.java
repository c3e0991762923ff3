package se.samverkan.orderer.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProviderMeetingTest {

    private static final Instant NOW = Instant.parse("2027-03-10T09:30:00Z");
    private static final BoardRef VON = new BoardRef("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "board-von");

    @Test
    void providerMeetingPerServiceAreaAtLeastOncePerTerm() {
        ProviderMeeting springHomeCare = held(meeting("HOME_CARE", "2027-03-01"), "2027-03-02");
        ProviderMeeting autumnPlanned = meeting("HOME_CARE", "2027-09-15");
        ProviderMeeting springLss = held(meeting("LSS", "2027-04-01"), "2027-04-01");
        List<ProviderMeeting> meetings = List.of(springHomeCare, autumnPlanned, springLss);
        Term spring = new Term(2027, Term.Half.SPRING);
        Term autumn = new Term(2027, Term.Half.AUTUMN);

        MeetingCoverage homeCareSpring = MeetingCoverage.assess("HOME_CARE", spring, meetings,
                LocalDate.parse("2027-07-10"));
        assertThat(homeCareSpring.status()).isEqualTo(CoverageStatus.OK);
        assertThat(homeCareSpring.meetings()).containsExactly(springHomeCare);

        MeetingCoverage homeCareAutumn = MeetingCoverage.assess("HOME_CARE", autumn, meetings,
                LocalDate.parse("2027-07-10"));
        assertThat(homeCareAutumn.status()).as("planned, not yet held, term running").isEqualTo(CoverageStatus.DUE);
        assertThat(MeetingCoverage.assess("HOME_CARE", autumn, meetings, LocalDate.parse("2028-01-01")).status())
                .isEqualTo(CoverageStatus.OVERDUE);

        assertThat(MeetingCoverage.assess("LSS", spring, meetings, LocalDate.parse("2027-07-10")).status())
                .isEqualTo(CoverageStatus.OK);
        assertThat(MeetingCoverage.assess("RESIDENTIAL_CARE", spring, meetings, LocalDate.parse("2027-07-10"))
                .status()).as("a meeting in another area does not count").isEqualTo(CoverageStatus.OVERDUE);
    }

    @Test
    void aTermIsAHalfYear() {
        assertThat(Term.of(LocalDate.parse("2027-06-30"))).isEqualTo(new Term(2027, Term.Half.SPRING));
        assertThat(Term.of(LocalDate.parse("2027-07-01"))).isEqualTo(new Term(2027, Term.Half.AUTUMN));
        assertThat(Term.of(2027)).extracting(Term::toString).containsExactly("2027-SPRING", "2027-AUTUMN");
    }

    @Test
    void aMeetingIsHeldOnceWithItsParticipantsAndNotes() {
        ProviderMeeting meeting = meeting("HOME_CARE", "2027-03-01");
        ProviderMeeting.Change rejected = meeting.recordHeld(new ProviderMeeting.Held("2027-03-11", List.of(), null),
                LocalDate.parse("2027-03-10"));
        assertThat(((ProviderMeeting.Change.Rejected) rejected).violations()).extracting(v -> tuple(v.field(), v.rule()))
                .containsExactly(tuple("heldOn", "not-future"), tuple("participants", "required"),
                        tuple("notes", "required"));

        ProviderMeeting held = held(meeting, "2027-03-02");
        assertThat(held.term()).isEqualTo(new Term(2027, Term.Half.SPRING));
        assertThat(held.recordHeld(new ProviderMeeting.Held("2027-03-03", List.of("Omsorg AB"), "Igen."),
                LocalDate.parse("2027-03-10"))).isInstanceOf(ProviderMeeting.Change.Rejected.class);
    }

    private static ProviderMeeting meeting(String area, String plannedOn) {
        ProviderMeeting.Planning planning = ProviderMeeting.plan(VON, new ProviderMeeting.Terms(area, plannedOn,
                "Årsredovisning och ersättningsnivåer"), "von", NOW);
        return ((ProviderMeeting.Planning.Planned) planning).meeting();
    }

    private static ProviderMeeting held(ProviderMeeting meeting, String on) {
        return ((ProviderMeeting.Change.Changed) meeting.recordHeld(new ProviderMeeting.Held(on,
                List.of("Omsorgsgruppen Norr AB", "Egenregin hemtjänst"), "Genomgång av årsredovisningen."),
                LocalDate.parse(on))).meeting();
    }
}
