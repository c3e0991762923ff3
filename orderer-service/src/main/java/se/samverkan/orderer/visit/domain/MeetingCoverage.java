package se.samverkan.orderer.visit.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * How one service area of a board stands in one term against the rule that the board holds a
 * provider meeting per service area at least once a term (003 Bilaga 3).
 *
 * @param meetings the board's meetings in the area in the term, held and planned
 */
public record MeetingCoverage(String serviceArea, Term term, List<ProviderMeeting> meetings, CoverageStatus status) {

    /** @param meetings the board's meetings in the area, of any term */
    public static MeetingCoverage assess(String serviceArea, Term term, List<ProviderMeeting> meetings,
                                         LocalDate today) {
        List<ProviderMeeting> inTerm = meetings.stream()
                .filter(meeting -> meeting.serviceArea().equals(serviceArea) && meeting.term().equals(term))
                .toList();
        boolean held = inTerm.stream().anyMatch(ProviderMeeting::held);
        return new MeetingCoverage(serviceArea, term, inTerm,
                held ? CoverageStatus.OK : CoverageStatus.dueBy(term.lastDay(), today));
    }
}
