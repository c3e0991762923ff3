package se.samverkan.producer.resultunit.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.producer.resultunit.application.DialogueMeetings;
import se.samverkan.producer.resultunit.domain.DialogueMeeting;

/** The records of the autumn and spring dialogue meetings between the municipal leadership and the production. */
@RestController
@RequestMapping("/api/v1/dialogue-meetings")
class DialogueMeetingController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("heldOn", "heldOn");
        SORTABLE.put("season", "season");
    }

    private final DialogueMeetings meetings;

    DialogueMeetingController(DialogueMeetings meetings) {
        this.meetings = meetings;
    }

    @PostMapping
    ResponseEntity<?> record(@RequestBody MeetingRequest request, Caller caller) {
        DialogueMeetings.Outcome outcome = meetings.record(request.heldOn(), request.season(), request.participants(),
                request.agenda(), request.decisions(), caller);
        if (outcome instanceof DialogueMeetings.Outcome.Recorded recorded) {
            return ResponseEntity.created(URI.create("/api/v1/dialogue-meetings/" + recorded.meeting().id()))
                    .body(MeetingResponse.of(recorded.meeting()));
        }
        if (outcome instanceof DialogueMeetings.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof DialogueMeetings.Outcome.NotInHouse notInHouse) {
            return ResponseEntity.status(409).body(Problems.conflict("Dialogmöten förs av kommunens egen produktion"
                    + " (juridisk form KOMMUNAL_EGENREGI); " + notInHouse.providerName() + " är en annan utförare."));
        }
        return ResponseEntity.status(404).body(Problems.notFound("Ingen utförare i registret drivs av din"
                + " organisation; dialogmöten förs av kommunens egen produktion."));
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                           Caller caller) {
        return ResponseEntity.ok(PageResponse.of(meetings.list(year, caller, PageRequests.of(page, size, sort,
                SORTABLE)), MeetingResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return meetings.find(id, caller).<ResponseEntity<?>>map(meeting -> ResponseEntity.ok(MeetingResponse.of(meeting)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Dialogmötet " + id + " finns inte.")));
    }

    record MeetingRequest(String heldOn, String season, List<String> participants, List<String> agenda,
                          List<String> decisions) {
    }

    record MeetingResponse(String id, String providerOrganisationId, LocalDate heldOn, String season,
                           List<String> participants, List<String> agenda, List<String> decisions) {

        static MeetingResponse of(DialogueMeeting meeting) {
            return new MeetingResponse(meeting.id().toString(), meeting.providerOrganisationId(), meeting.heldOn(),
                    meeting.season().name(), meeting.participants(), meeting.agenda(), meeting.decisions());
        }
    }
}
