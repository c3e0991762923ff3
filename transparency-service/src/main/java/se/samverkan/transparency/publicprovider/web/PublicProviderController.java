package se.samverkan.transparency.publicprovider.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.LegalFormCode;
import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.transparency.publicprovider.application.PublicProviderQueries;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;

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
                                              @RequestParam(required = false) String serviceArea,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) String sort) {
        return PageResponse.of(queries.list(blankToNull(legalForm), blankToNull(serviceArea),
                PageRequests.of(page, size, sort, SORTABLE)), PublicProviderResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id) {
        return queries.find(id).<ResponseEntity<?>>map(p -> ResponseEntity.ok(PublicProviderResponse.of(p)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Utföraren " + id + " finns inte.")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record PublicProviderResponse(String id, String name, String legalForm, String legalFormLabel,
                                  String organisationNumber, List<PublicUnitResponse> units) {

        static PublicProviderResponse of(PublicProvider provider) {
            return new PublicProviderResponse(provider.providerId(), provider.name(), provider.legalForm(),
                    LegalFormCode.labelOf(provider.legalForm()), provider.organisationNumber(),
                    provider.units().stream().map(PublicUnitResponse::of).toList());
        }
    }

    record PublicUnitResponse(String id, String name, String serviceArea, String serviceAreaLabel, String area,
                              String openedOn) {

        static PublicUnitResponse of(PublicUnit unit) {
            return new PublicUnitResponse(unit.unitId(), unit.name(), unit.serviceArea(),
                    ServiceAreaCode.labelOf(unit.serviceArea()), unit.area(), unit.openedOn());
        }
    }
}
