package se.samverkan.transparency.publicprovider.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.LegalFormCode;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.transparency.publicprovider.application.PublicProviderQueries;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;

/** The public list of providers: open to everyone, alphabetical in Swedish order by default. */
@RestController
@RequestMapping("/api/v1/public/providers")
class PublicProviderController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "sortKey");
        SORTABLE.put("organisationNumber", "organisationNumber");
    }

    private final PublicProviderQueries queries;

    PublicProviderController(PublicProviderQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    PageResponse<PublicProviderResponse> list(@RequestParam(required = false) String legalForm,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) String sort) {
        String filter = legalForm == null || legalForm.isBlank() ? null : legalForm.strip();
        return PageResponse.of(queries.list(filter, PageRequests.of(page, size, sort, SORTABLE)),
                PublicProviderResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id) {
        return queries.find(id).<ResponseEntity<?>>map(p -> ResponseEntity.ok(PublicProviderResponse.of(p)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Utföraren " + id + " finns inte.")));
    }

    record PublicProviderResponse(String id, String name, String legalForm, String legalFormLabel,
                                  String organisationNumber) {

        static PublicProviderResponse of(PublicProvider provider) {
            return new PublicProviderResponse(provider.providerId(), provider.name(), provider.legalForm(),
                    LegalFormCode.labelOf(provider.legalForm()), provider.organisationNumber());
        }
    }
}
