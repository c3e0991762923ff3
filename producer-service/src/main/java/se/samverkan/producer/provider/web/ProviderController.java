package se.samverkan.producer.provider.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.LegalFormCode;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.producer.provider.application.ProviderQueries;
import se.samverkan.producer.provider.application.RegisterProvider;
import se.samverkan.producer.provider.domain.Provider;

@RestController
@RequestMapping("/api/v1/providers")
class ProviderController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "name");
        SORTABLE.put("registeredAt", "registeredAt");
        SORTABLE.put("organisationNumber", "organisationNumber");
    }

    private final RegisterProvider registerProvider;
    private final ProviderQueries queries;

    ProviderController(RegisterProvider registerProvider, ProviderQueries queries) {
        this.registerProvider = registerProvider;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<?> register(@RequestBody RegisterProviderRequest request) {
        RegisterProvider.Outcome outcome = registerProvider.handle(new RegisterProvider.Command(
                request.name(), request.legalForm(), request.organisationNumber(), null));
        if (outcome instanceof RegisterProvider.Outcome.Registered registered) {
            return ResponseEntity.created(URI.create("/api/v1/providers/" + registered.provider().id()))
                    .body(ProviderResponse.of(registered.provider()));
        }
        if (outcome instanceof RegisterProvider.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        RegisterProvider.Outcome.AlreadyRegistered already = (RegisterProvider.Outcome.AlreadyRegistered) outcome;
        return ResponseEntity.status(409).body(Problems.conflict("En utförare med organisationsnummer "
                + already.organisationNumber() + " är redan registrerad."));
    }

    @GetMapping
    PageResponse<ProviderResponse> list(@RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) String sort) {
        return PageResponse.of(queries.list(PageRequests.of(page, size, sort, SORTABLE)), ProviderResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id) {
        return queries.find(id).<ResponseEntity<?>>map(provider -> ResponseEntity.ok(ProviderResponse.of(provider)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Utföraren " + id + " finns inte.")));
    }

    record RegisterProviderRequest(String name, String legalForm, String organisationNumber) {
    }

    record ProviderResponse(String id, String name, String legalForm, String legalFormLabel, String organisationNumber,
                            Instant registeredAt, long version) {

        static ProviderResponse of(Provider provider) {
            return new ProviderResponse(provider.id().toString(), provider.name(), provider.legalForm().name(),
                    LegalFormCode.labelOf(provider.legalForm().name()), provider.organisationNumber().value(),
                    provider.registeredAt(), provider.version());
        }
    }
}
