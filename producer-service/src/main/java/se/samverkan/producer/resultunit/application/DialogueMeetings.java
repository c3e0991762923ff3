package se.samverkan.producer.resultunit.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.producer.provider.domain.LegalForm;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.resultunit.domain.DialogueMeeting;

/**
 * Use cases: the production board records its autumn and spring dialogue meetings with the
 * municipal leadership; those who may see the result units read them.
 */
@Service
public class DialogueMeetings {

    private final DialogueMeetingRepository meetings;
    private final InHouseProviders inHouse;

    DialogueMeetings(DialogueMeetingRepository meetings, InHouseProviders inHouse) {
        this.meetings = meetings;
        this.inHouse = inHouse;
    }

    public Outcome record(String heldOn, String season, List<String> participants, List<String> agenda,
                          List<String> decisions, Caller caller) {
        Optional<Provider> provider = inHouse.managedBy(caller);
        if (provider.isEmpty()) {
            return new Outcome.NoInHouseProvider();
        }
        if (provider.get().legalForm() != LegalForm.KOMMUNAL_EGENREGI) {
            return new Outcome.NotInHouse(provider.get().name());
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

        /** No provider in the registry is run by the caller's organisation. */
        record NoInHouseProvider() implements Outcome {
        }

        /** The caller's provider is not the municipality's own production. */
        record NotInHouse(String providerName) implements Outcome {
        }
    }
}
