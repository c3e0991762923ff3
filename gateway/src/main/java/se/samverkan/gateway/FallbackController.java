package se.samverkan.gateway;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Mono;

/** Where a route's circuit breaker sends a call it will not (or could not) pass to its service. */
@RestController
class FallbackController {

    private static final Map<String, String> NAMES = Map.of("orderer", "orderer-service", "producer",
            "producer-service", "transparency", "transparency-service", "reporting", "reporting-service");

    @RequestMapping("/fallback/{route}")
    Mono<Void> unavailable(@PathVariable String route) {
        return Mono.error(new ServiceUnavailable(NAMES.getOrDefault(route, route)));
    }

    /** A service that does not answer, or whose breaker is open. */
    static final class ServiceUnavailable extends ResponseStatusException {
        ServiceUnavailable(String service) {
            super(HttpStatus.SERVICE_UNAVAILABLE, service + " svarar inte just nu. Försök igen om en stund.");
        }
    }
}
