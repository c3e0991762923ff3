package se.samverkan.producer.resultunit.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.producer.resultunit.domain.DialogueMeeting;

/** Port to the records of dialogue meetings. */
public interface DialogueMeetingRepository {

    void insert(DialogueMeeting meeting);

    Optional<DialogueMeeting> find(UUID id);

    /** Meetings, only those of the given in-house provider organisation when not null. */
    Page<DialogueMeeting> list(String providerOrganisationId, Integer year, Pageable pageable);
}
