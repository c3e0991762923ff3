package se.samverkan.producer.provider.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.LegalFormCode;
import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.producer.provider.application.ChangeUnitsAndContacts;
import se.samverkan.producer.provider.application.OpenUnit;
import se.samverkan.producer.provider.application.ProviderQueries;
import se.samverkan.producer.provider.application.RegisterProvider;
import se.samverkan.producer.provider.domain.Contact;
import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.Unit;

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
    private final OpenUnit openUnit;
    private final ProviderQueries queries;
    private final ChangeUnitsAndContacts changes;

    ProviderController(RegisterProvider registerProvider, OpenUnit openUnit, ProviderQueries queries,
                       ChangeUnitsAndContacts changes) {
        this.changes = changes;
        this.registerProvider = registerProvider;
        this.openUnit = openUnit;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<?> register(@RequestBody RegisterProviderRequest request, Caller caller) {
        RegisterProvider.Outcome outcome = registerProvider.handle(new RegisterProvider.Command(
                request.name(), request.legalForm(), request.organisationNumber(), request.organisationId(), caller));
        if (outcome instanceof RegisterProvider.Outcome.Registered registered) {
            return ResponseEntity.created(URI.create("/api/v1/providers/" + registered.provider().id()))
                    .body(ProviderResponse.of(registered.provider()));
        }
        if (outcome instanceof RegisterProvider.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof RegisterProvider.Outcome.OrganisationIdTaken taken) {
            return ResponseEntity.status(409).body(Problems.conflict("Organisations-id '" + taken.organisationId()
                    + "' används redan av en annan utförare. Ange ett annat organisationId."));
        }
        RegisterProvider.Outcome.AlreadyRegistered already = (RegisterProvider.Outcome.AlreadyRegistered) outcome;
        return ResponseEntity.status(409).body(Problems.conflict("En utförare med organisationsnummer "
                + already.organisationNumber() + " är redan registrerad."));
    }

    @PostMapping("/{id}/units")
    ResponseEntity<?> openUnit(@PathVariable String id, @RequestBody OpenUnitRequest request, Caller caller) {
        OpenUnit.Outcome outcome = openUnit.handle(new OpenUnit.Command(id, request.name(), request.serviceArea(),
                request.area(), request.openedOn(), request.address(), request.capacity(), caller));
        if (outcome instanceof OpenUnit.Outcome.Opened opened) {
            return ResponseEntity.created(URI.create("/api/v1/providers/" + id + "/units/" + opened.unit().id()))
                    .body(UnitResponse.of(opened.unit()));
        }
        if (outcome instanceof OpenUnit.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof OpenUnit.Outcome.NoSuchProvider) {
            return ResponseEntity.status(404).body(Problems.notFound("Utföraren " + id + " finns inte."));
        }
        if (outcome instanceof OpenUnit.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        return ResponseEntity.status(409).body(Problems.conflict(
                "Utföraren ändrades samtidigt av någon annan. Läs om den och försök igen."));
    }

    @PostMapping("/{id}/units/{unitId}/close")
    ResponseEntity<?> closeUnit(@PathVariable String id, @PathVariable String unitId,
                                @RequestBody CloseUnitRequest request, Caller caller) {
        return changed(changes.closeUnit(id, unitId, request.closedOn(), request.reason(), caller));
    }

    @PutMapping("/{id}/contacts")
    ResponseEntity<?> contacts(@PathVariable String id, @RequestBody ContactsRequest request, Caller caller) {
        if (request.contacts() == null) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("contacts", "required",
                    "Ange kontaktpersonerna som en lista ('contacts'); en tom lista tar bort alla."))));
        }
        return changed(changes.replaceContacts(id, request.contacts(), caller));
    }

    private static ResponseEntity<?> changed(ChangeUnitsAndContacts.Outcome outcome) {
        if (outcome instanceof ChangeUnitsAndContacts.Outcome.Done done) {
            return ResponseEntity.ok(ProviderResponse.of(done.provider()));
        }
        if (outcome instanceof ChangeUnitsAndContacts.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof ChangeUnitsAndContacts.Outcome.NotFound notFound) {
            return ResponseEntity.status(404).body(Problems.notFound(notFound.detail()));
        }
        if (outcome instanceof ChangeUnitsAndContacts.Outcome.NotPermitted) {
            return ResponseEntity.status(403).body(Problems.forbidden());
        }
        return ResponseEntity.status(409).body(Problems.conflict(
                "Utföraren ändrades samtidigt av någon annan. Läs om den och försök igen."));
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String organisationNumber,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        OrganisationNumber number = null;
        if (organisationNumber != null && !organisationNumber.isBlank()) {
            number = OrganisationNumber.parse(organisationNumber).number().orElse(null);
            if (number == null) {
                return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("organisationNumber",
                        "format", "Organisationsnumret '" + organisationNumber + "' är inte ett giltigt nummer."))));
            }
        }
        return ResponseEntity.ok(PageResponse.of(queries.list(number, caller, PageRequests.of(page, size, sort, SORTABLE)),
                ProviderResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return queries.find(id, caller).<ResponseEntity<?>>map(provider -> ResponseEntity.ok(ProviderResponse.of(provider)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Utföraren " + id + " finns inte.")));
    }

    record RegisterProviderRequest(String name, String legalForm, String organisationNumber, String organisationId) {
    }

    record OpenUnitRequest(String name, String serviceArea, String area, String openedOn, String address,
                           Integer capacity) {
    }

    record CloseUnitRequest(String closedOn, String reason) {
    }

    record ContactsRequest(List<Contact> contacts) {
    }

    record ProviderResponse(String id, String name, String legalForm, String legalFormLabel, String organisationNumber,
                            String organisationId, Instant registeredAt, List<UnitResponse> units,
                            List<Contact> contacts, long version) {

        static ProviderResponse of(Provider provider) {
            return new ProviderResponse(provider.id().toString(), provider.name(), provider.legalForm().name(),
                    LegalFormCode.labelOf(provider.legalForm().name()),
                    provider.organisationNumber().map(OrganisationNumber::value).orElse(null),
                    provider.organisationId(), provider.registeredAt(), provider.units().stream().map(UnitResponse::of).toList(),
                    provider.contacts(), provider.version());
        }
    }

    record UnitResponse(String id, String name, String serviceArea, String serviceAreaLabel, String area,
                        LocalDate openedOn, String address, Integer capacity, boolean open, LocalDate closedOn,
                        String closingReason) {

        static UnitResponse of(Unit unit) {
            return new UnitResponse(unit.id().toString(), unit.name(), unit.serviceArea().name(),
                    ServiceAreaCode.labelOf(unit.serviceArea().name()), unit.area(), unit.openedOn(), unit.address(),
                    unit.capacity(), unit.open(), unit.closedOn(), unit.closingReason());
        }
    }
}
