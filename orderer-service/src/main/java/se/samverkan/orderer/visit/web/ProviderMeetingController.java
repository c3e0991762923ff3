package se.samverkan.orderer.visit.web;

import java.net.URI;
import java.time.Instant;
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

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.orderer.visit.application.ProviderMeetingRepository;
import se.samverkan.orderer.visit.application.ProviderMeetingService;
import se.samverkan.orderer.visit.domain.ProviderMeeting;

/** A board's provider meetings (utförarmöten) per service area. */
@RestController
@RequestMapping("/api/v1/provider-meetings")
class ProviderMeetingController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("meetingOn", "meetingOn");
        SORTABLE.put("plannedOn", "plannedOn");
        SORTABLE.put("serviceArea", "serviceArea");
        SORTABLE.put("createdAt", "createdAt");
    }

    private final ProviderMeetingService meetings;

    ProviderMeetingController(ProviderMeetingService meetings) {
        this.meetings = meetings;
    }

    @PostMapping
    ResponseEntity<?> plan(@RequestBody PlanRequest request, Caller caller) {
        ProviderMeetingService.Outcome outcome = meetings.plan(request.boardId(),
                new ProviderMeeting.Terms(request.serviceArea(), request.plannedOn(), request.agenda()), caller);
        if (outcome instanceof ProviderMeetingService.Outcome.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/provider-meetings/" + done.meeting().id()))
                    .body(MeetingResponse.of(done.meeting()));
        }
        return answer(outcome);
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String boardId,
                           @RequestParam(required = false) String serviceArea,
                           @RequestParam(required = false) Boolean held,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        ProviderMeetingRepository.Filter filter = new ProviderMeetingRepository.Filter(Answers.blankToNull(boardId),
                Answers.blankToNull(serviceArea), held, null);
        return ResponseEntity.ok(PageResponse.of(meetings.list(filter, caller,
                PageRequests.of(page, size, sort == null ? "meetingOn,desc" : sort, SORTABLE)), MeetingResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return meetings.find(id, caller)
                .<ResponseEntity<?>>map(meeting -> ResponseEntity.ok(MeetingResponse.of(meeting)))
                .orElseGet(() -> notFound(id));
    }

    @PostMapping("/{id}/held")
    ResponseEntity<?> recordHeld(@PathVariable String id, @RequestBody HeldRequest request, Caller caller) {
        return answer(meetings.recordHeld(id, new ProviderMeeting.Held(request.heldOn(), request.participants(),
                request.notes()), caller));
    }

    private static ResponseEntity<?> answer(ProviderMeetingService.Outcome outcome) {
        if (outcome instanceof ProviderMeetingService.Outcome.Done done) {
            return ResponseEntity.ok(MeetingResponse.of(done.meeting()));
        }
        if (outcome instanceof ProviderMeetingService.Outcome.Rejected rejected) {
            return Answers.rejected(rejected.violations());
        }
        if (outcome instanceof ProviderMeetingService.Outcome.NotFound notFound) {
            return notFound(notFound.id());
        }
        if (outcome instanceof ProviderMeetingService.Outcome.NoSuchBoard noSuchBoard) {
            return Answers.notFound("Nämnden " + noSuchBoard.boardId() + " finns inte.");
        }
        if (outcome instanceof ProviderMeetingService.Outcome.NotPermitted) {
            return Answers.forbidden();
        }
        return Answers.changedMeanwhile("Mötet");
    }

    private static ResponseEntity<?> notFound(String id) {
        return Answers.notFound("Utförarmötet " + id + " finns inte.");
    }

    record PlanRequest(String boardId, String serviceArea, String plannedOn, String agenda) {
    }

    record HeldRequest(String heldOn, List<String> participants, String notes) {
    }

    record MeetingResponse(String id, String boardId, String serviceArea, String serviceAreaLabel, LocalDate plannedOn,
                           String agenda, String term, String termLabel, boolean held, LocalDate heldOn,
                           List<String> participants, String notes, String registeredBy, Instant createdAt,
                           long version) {

        static MeetingResponse of(ProviderMeeting m) {
            return new MeetingResponse(m.id().toString(), m.board().boardId(), m.serviceArea(),
                    ServiceAreaCode.labelOf(m.serviceArea()), m.plannedOn(), m.agenda().orElse(null),
                    m.term().toString(), m.term().label(), m.held(), m.heldOn().orElse(null), m.participants(),
                    m.notes().orElse(null), m.registeredBy(), m.createdAt(), m.version());
        }
    }
}
