package se.samverkan.defaults.messaging;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;

/**
 * Administration of this service's parked messages: list, look at one, replay it once its
 * cause is fixed, or discard it with a reason. Administrators only; the gateway routes it as
 * /api/v1/admin/&lt;service&gt;/parked-messages.
 */
@RestController
@RequestMapping("/api/v1/admin/parked-messages")
class ParkedMessageController {

    private static final Map<String, String> SORTABLE = Map.of("parkedAt", "parkedAt");

    private final ParkedMessages parked;

    ParkedMessageController(ParkedMessages parked) {
        this.parked = parked;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        ParkedMessages.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ParkedMessages.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("status", "one-of",
                        "Okänd status '" + status + "'. Tillåtna värden: PARKED, REPLAYING, REPLAYED, DISCARDED."))));
            }
        }
        return ResponseEntity.ok(PageResponse.of(parked.list(wanted, PageRequests.of(page, size,
                sort == null ? "parkedAt,desc" : sort, SORTABLE)), document -> document));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id) {
        return parked.find(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(id));
    }

    @PostMapping("/{id}/replay")
    ResponseEntity<?> replay(@PathVariable String id, Caller caller) {
        return answer(id, parked.replay(id, caller));
    }

    @PostMapping("/{id}/discard")
    ResponseEntity<?> discard(@PathVariable String id, @RequestBody(required = false) DiscardRequest request,
                              Caller caller) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("reason", "required",
                    "Ange varför meddelandet ska kastas ('reason')."))));
        }
        return answer(id, parked.discard(id, request.reason().strip(), caller));
    }

    private ResponseEntity<?> answer(String id, ParkedMessages.Result result) {
        switch (result) {
            case DONE:
                return ResponseEntity.ok(parked.find(id).orElse(new Document("_id", id)));
            case NOT_FOUND:
                return notFound(id);
            case NOT_PARKED:
                return ResponseEntity.status(409).body(Problems.conflict("Meddelandet " + id
                        + " är inte parkerat längre; det har redan spelats upp eller kastats."));
            default:
                return ResponseEntity.status(503).body(Problems.conflict("Brokern tog inte emot meddelandet " + id
                        + "; det ligger kvar som parkerat. Försök igen när brokern svarar."));
        }
    }

    private static ResponseEntity<?> notFound(String id) {
        return ResponseEntity.status(404).body(Problems.notFound("Det finns inget parkerat meddelande " + id + "."));
    }

    record DiscardRequest(String reason) {
    }
}
