package se.samverkan.defaults.messaging;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.Problems;

/**
 * Administration of this service's read models: resync (bring up to date) or rebuild (empty,
 * then fill again) from the owner's snapshots. Administrators only, like the parked-message API.
 */
@RestController
@RequestMapping("/api/v1/admin/read-models")
class ReadModelController {

    private final Resync resync;

    ReadModelController(Resync resync) {
        this.resync = resync;
    }

    @GetMapping
    List<ReadModel> list() {
        return resync.readModels();
    }

    @PostMapping("/{name}/resync")
    ResponseEntity<?> resync(@PathVariable String name, Caller caller) {
        return answer(name, resync.resync(name, caller));
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<?> rebuild(@PathVariable String name, Caller caller) {
        return answer(name, resync.rebuild(name, caller));
    }

    private static ResponseEntity<?> answer(String name, Resync.Result result) {
        switch (result) {
            case REQUESTED:
                return ResponseEntity.accepted().body(new Accepted(name,
                        "Ägaren har ombetts publicera läsmodellens data; den uppdateras när händelserna kommer."));
            case NO_SUCH_READ_MODEL:
                return ResponseEntity.status(404).body(Problems.notFound("Det finns ingen läsmodell '" + name + "'."));
            default:
                return ResponseEntity.status(503).body(Problems.unavailable("Brokern tog inte emot begäran om '" + name
                        + "' (eller ingen ägare tar emot den just nu). Försök igen om en stund."));
        }
    }

    record Accepted(String readModel, String detail) {
    }
}
