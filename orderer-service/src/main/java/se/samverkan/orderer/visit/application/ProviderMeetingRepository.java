package se.samverkan.orderer.visit.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.orderer.visit.domain.ProviderMeeting;
import se.samverkan.orderer.visit.domain.ProviderMeetingId;

/** Port to provider-meeting storage: one document per meeting. */
public interface ProviderMeetingRepository {

    void insert(ProviderMeeting meeting);

    /** Stores the change if nobody changed the meeting since {@code readVersion}. */
    boolean update(ProviderMeeting meeting, long readVersion);

    Optional<ProviderMeeting> find(ProviderMeetingId id);

    Page<ProviderMeeting> list(Filter filter, Pageable pageable);

    /** Every meeting of the board (by its officials' organisation) planned or held in the year. */
    List<ProviderMeeting> ofBoard(String boardOrganisationId, int year);

    /** What to list; null fields do not filter. {@code visibleToBoardOrganisation} narrows it to one board's. */
    record Filter(String boardId, String serviceArea, Boolean held, String visibleToBoardOrganisation) {
    }
}
