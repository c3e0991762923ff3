package se.samverkan.transparency.opendata.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.web.Problems;
import se.samverkan.transparency.opendata.application.ContractingProcesses;
import se.samverkan.transparency.opendata.application.OpenDataProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreements as an OCDS 1.1 release package, open to everyone under CC0: one release per
 * agreement, the follow-up as implementation milestones and the reported figures as metrics.
 */
@RestController
class OcdsController {

    static final String PATH = "/api/v1/public/open-data/ocds/releases.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ContractingProcesses processes;
    private final OpenDataProperties properties;

    OcdsController(ContractingProcesses processes, OpenDataProperties properties) {
        this.processes = processes;
        this.properties = properties;
    }

    @GetMapping(value = PATH, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> releases(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        List<ContractingProcesses.ContractingProcess> all = processes.all();
        if (all.isEmpty()) {
            // OCDS requires at least one release in a package
            return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.notFound(
                    "Inga avtal har publicerats ännu. Försök igen när nämnderna har tecknat avtal."));
        }
        Instant published = processes.lastChange().orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        byte[] body = JSON.writeValueAsBytes(OcdsReleasePackage.of(all, properties, published, JSON));
        return CachedAnswer.of(body, MediaType.APPLICATION_JSON, ifNoneMatch, published);
    }
}
