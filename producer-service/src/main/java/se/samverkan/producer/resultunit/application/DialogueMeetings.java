package se.samverkan.producer.resultunit.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.producer.resultunit.domain.DialogueMeeting;

/**
 * Use cases: the production board records its autumn and spring dialogue meetings with the
 * municipal leadership; those who may see the result units read them.
 */
@Service
public class DialogueMeetings {

    private final DialogueMeetingRepository meetings;

    DialogueMeetings(DialogueMeetingRepository meetings) {
        this.meetings = meetings;
    }

    public Outcome record(String heldOn, String season, List<String> participants, List<String> agenda,
                          List<String> decisions, Caller caller) {
        if (caller.organisation() == null || !ResultUnitAccess.mayManage(caller, caller.organisation())) {
            return new Outcome.NotPermitted();
        }
        DialogueMeeting.Recording recording = DialogueMeeting.record(caller.organisation(), heldOn, season,
                participants, agenda, decisions);
        if (recording instanceof DialogueMeeting.Recording.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        DialogueMeeting meeting = ((DialogueMeeting.Recording.Recorded) recording).meeting();
        meetings.insert(meeting);
        return new Outcome.Recorded(meeting);
    }

    public Optional<DialogueMeeting> find(String id, Caller caller) {
        try {
            return meetings.find(UUID.fromString(id))
                    .filter(meeting -> ResultUnitAccess.maySee(caller, meeting.providerOrganisationId()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Page<DialogueMeeting> list(Integer year, Caller caller, Pageable pageable) {
        return meetings.list(ResultUnitAccess.onlyOrganisation(caller), year, pageable);
    }

    public sealed interface Outcome {
        record Recorded(DialogueMeeting meeting) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }
    }
}
