package se.samverkan.producer.provider.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A provider (utförare) of welfare services: the municipality's own production and private
 * providers alike, one model for all.
 */
public final class Provider {

    static final int NAME_MAX = 200;
    static final int ORGANISATION_ID_MAX = 64;
    private static final Pattern ORGANISATION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ProviderId id;
    private final String name;
    private final LegalForm legalForm;
    private final OrganisationNumber organisationNumber;
    private final String organisationId;
    private final Instant registeredAt;
    private final List<Unit> units;
    private final List<Contact> contacts;
    private final long version;

    private Provider(ProviderId id, String name, LegalForm legalForm, OrganisationNumber organisationNumber,
                     String organisationId, Instant registeredAt, List<Unit> units, List<Contact> contacts,
                     long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.legalForm = Objects.requireNonNull(legalForm);
        this.organisationNumber = organisationNumber;
        this.organisationId = Objects.requireNonNull(organisationId);
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.units = List.copyOf(units);
        this.contacts = List.copyOf(contacts);
        this.version = version;
    }

    /** Restores a provider from storage. */
    public static Provider restore(ProviderId id, String name, LegalForm legalForm, OrganisationNumber number,
                                   String organisationId, Instant registeredAt, List<Unit> units,
                                   List<Contact> contacts, long version) {
        return new Provider(id, name, legalForm, number, organisationId, registeredAt, units, contacts, version);
    }

    /**
     * Registers a new provider, checking every field and reporting every problem at once. The
     * organisation id is what the identity provider puts in the {@code org} claim of the
     * provider's users; without one it is made from the name ({@code provider-<name>}).
     */
    public static Registration register(String name, String legalForm, String organisationNumber,
                                        String organisationId, Instant now) {
        Violations violations = new Violations();
        if (violations.require("name", name)) {
            violations.maxLength("name", name, NAME_MAX);
        }
        String organisation = organisationId == null || organisationId.isBlank()
                ? (name == null || name.isBlank() ? null : organisationIdFrom(name))
                : organisationId.strip();
        if (organisation != null && (organisation.length() > ORGANISATION_ID_MAX
                || !ORGANISATION_ID.matcher(organisation).matches())) {
            violations.add("organisationId", "format", "Organisations-id '" + organisation + "' får bara innehålla "
                    + "små bokstäver a-z, siffror och enkla bindestreck, högst " + ORGANISATION_ID_MAX + " tecken.");
        }
        LegalForm form = null;
        if (violations.require("legalForm", legalForm)) {
            form = LegalForm.parse(legalForm.strip()).orElse(null);
            if (form == null) {
                violations.add("legalForm", "one-of", "Okänd juridisk form '" + legalForm + "'. Tillåtna värden: "
                        + String.join(", ", Arrays.stream(LegalForm.values()).map(Enum::name).toList()) + ".");
            }
        }
        OrganisationNumber number = null;
        if (form == LegalForm.ENSKILD_FIRMA) {
            if (organisationNumber != null && !organisationNumber.isBlank()) {
                violations.add("organisationNumber", "personal-identity-number", "En enskild firmas organisationsnummer"
                        + " är ägarens personnummer, och Samverkan sparar inga personnummer. Lämna organisationNumber"
                        + " tomt för en enskild firma; den känns igen på sitt organisationId.");
            }
        } else if (violations.require("organisationNumber", organisationNumber)) {
            OrganisationNumber.ParseResult parsed = OrganisationNumber.parse(organisationNumber);
            number = parsed.number().orElse(null);
            parsed.problem().ifPresent(problem -> {
                switch (problem) {
                    case FORMAT -> violations.add("organisationNumber", "format",
                            "Organisationsnumret '" + organisationNumber + "' ska ha formen NNNNNN-NNNN (tio siffror).");
                    case CHECK_DIGIT -> violations.add("organisationNumber", "luhn",
                            "Organisationsnumret '" + organisationNumber
                            + "' har fel kontrollsiffra (Luhn-kontrollen stämmer inte).");
                    case PERSONAL_IDENTITY_NUMBER -> violations.add("organisationNumber", "personal-identity-number",
                            "'" + organisationNumber + "' är ett personnummer, inte en juridisk persons"
                            + " organisationsnummer (tredje siffran är 0 eller 1). Samverkan sparar inga personnummer;"
                            + " registrera en enskild firma med legalForm ENSKILD_FIRMA och utan organisationsnummer.");
                }
            });
        }
        if (!violations.isEmpty()) {
            return new Registration.Rejected(violations.list());
        }
        return new Registration.Registered(new Provider(ProviderId.newId(), name.strip(), form, number, organisation,
                now, List.of(), List.of(), 0));
    }

    /** {@code provider-} and the name in lower-case ASCII words: "Åkerbo Omsorg AB" is provider-akerbo-omsorg-ab. */
    public static String organisationIdFrom(String name) {
        String ascii = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('ø', 'o').replace('æ', 'a');
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String id = "provider-" + slug;
        return id.length() <= ORGANISATION_ID_MAX ? id : id.substring(0, ORGANISATION_ID_MAX).replaceAll("-+$", "");
    }

    /** Whether the organisation acts for this provider. */
    public boolean isRunBy(String organisation) {
        return organisationId.equals(organisation);
    }

    /**
     * Opens a unit of this provider. Its name is unique within the provider whatever the letter
     * case; every problem is reported at once. The provider's version goes up by one.
     */
    public UnitOpening openUnit(String unitName, String serviceArea, String area, String openedOn, String address,
                                Integer capacity) {
        Violations violations = new Violations();
        if (violations.require("name", unitName)) {
            violations.maxLength("name", unitName, NAME_MAX);
            String key = unitName.strip().toLowerCase(Locale.ROOT);
            if (units.stream().anyMatch(unit -> unit.name().toLowerCase(Locale.ROOT).equals(key))) {
                violations.add("name", "unique", "Utföraren har redan en enhet som heter '" + unitName.strip() + "'.");
            }
        }
        ServiceArea parsedArea = null;
        if (violations.require("serviceArea", serviceArea)) {
            parsedArea = ServiceArea.parse(serviceArea.strip()).orElse(null);
            if (parsedArea == null) {
                violations.add("serviceArea", "one-of", "Okänt verksamhetsområde '" + serviceArea
                        + "'. Tillåtna värden: " + String.join(", ",
                        Arrays.stream(ServiceArea.values()).map(Enum::name).toList()) + ".");
            }
        }
        violations.maxLength("area", area, NAME_MAX);
        violations.maxLength("address", address, NAME_MAX);
        if (capacity != null && capacity < 0) {
            violations.add("capacity", "non-negative", "Kapaciteten (antal platser eller brukare) kan inte vara negativ.");
        }
        LocalDate opened = null;
        if (violations.require("openedOn", openedOn)) {
            try {
                opened = LocalDate.parse(openedOn.strip());
            } catch (DateTimeParseException e) {
                violations.add("openedOn", "date", "Datumet '" + openedOn + "' ska skrivas ÅÅÅÅ-MM-DD.");
            }
        }
        if (!violations.isEmpty()) {
            return new UnitOpening.Rejected(violations.list());
        }
        Unit unit = new Unit(UUID.randomUUID(), unitName.strip(), parsedArea,
                area == null || area.isBlank() ? null : area.strip(), opened,
                address == null || address.isBlank() ? null : address.strip(), capacity, null, null);
        List<Unit> more = new ArrayList<>(units);
        more.add(unit);
        return new UnitOpening.Opened(new Provider(id, name, legalForm, organisationNumber, organisationId,
                registeredAt, more, contacts, version + 1), unit);
    }

    /** Closes an open unit from a day on or after its opening, with the reason. */
    public UnitClosing closeUnit(UUID unitId, String closedOn, String reason) {
        Unit unit = units.stream().filter(candidate -> candidate.id().equals(unitId)).findFirst().orElse(null);
        if (unit == null) {
            return new UnitClosing.NoSuchUnit();
        }
        Violations violations = new Violations();
        if (!unit.open()) {
            violations.add("unit", "closed", "Enheten " + unit.name() + " är redan stängd sedan " + unit.closedOn() + ".");
        }
        LocalDate on = violations.date("closedOn", closedOn, true);
        if (on != null && on.isBefore(unit.openedOn())) {
            violations.add("closedOn", "after-opening", "Enheten kan inte stängas före den öppnade ("
                    + unit.openedOn() + ").");
        }
        if (violations.require("reason", reason)) {
            violations.maxLength("reason", reason, 2000);
        }
        if (!violations.isEmpty()) {
            return new UnitClosing.Rejected(violations.list());
        }
        Unit closed = unit.closed(on, reason.strip());
        List<Unit> changed = units.stream().map(candidate -> candidate.id().equals(unitId) ? closed : candidate)
                .toList();
        return new UnitClosing.Closed(new Provider(id, name, legalForm, organisationNumber, organisationId,
                registeredAt, changed, contacts, version + 1), closed);
    }

    /** Replaces the provider's contact people: each with a name and a role, and a valid e-mail if given. */
    public ContactChange replaceContacts(List<Contact> given) {
        Violations violations = new Violations();
        List<Contact> list = given == null ? List.of() : given;
        if (list.size() > 20) {
            violations.add("contacts", "max-size", "Högst 20 kontaktpersoner.");
        }
        List<Contact> cleaned = new ArrayList<>();
        for (int i = 0; i < list.size() && i < 20; i++) {
            Contact contact = list.get(i);
            String at = "contacts[" + i + "]";
            if (contact == null) {
                violations.add(at, "required", "Kontaktpersonen på plats " + (i + 1) + " är tom.");
                continue;
            }
            boolean named = violations.require(at + ".name", contact.name())
                    && violations.maxLength(at + ".name", contact.name(), NAME_MAX);
            boolean role = violations.require(at + ".role", contact.role())
                    && violations.maxLength(at + ".role", contact.role(), NAME_MAX);
            String email = blank(contact.email());
            if (email != null && (email.length() > NAME_MAX || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
                violations.add(at + ".email", "format", "E-postadressen '" + email + "' ser inte ut som en e-postadress.");
            }
            String phone = blank(contact.phone());
            if (phone != null && !phone.matches("[+0-9 ()-]{5,30}")) {
                violations.add(at + ".phone", "format", "Telefonnumret '" + phone + "' får bara innehålla siffror, "
                        + "mellanslag, +, - och parenteser.");
            }
            if (named && role) {
                cleaned.add(new Contact(contact.name().strip(), contact.role().strip(), email, phone));
            }
        }
        if (!violations.isEmpty()) {
            return new ContactChange.Rejected(violations.list());
        }
        return new ContactChange.Changed(new Provider(id, name, legalForm, organisationNumber, organisationId,
                registeredAt, units, cleaned, version + 1));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What closing a unit can come to. */
    public sealed interface UnitClosing {
        record Closed(Provider provider, Unit unit) implements UnitClosing {
        }

        record Rejected(List<Violation> violations) implements UnitClosing {
        }

        record NoSuchUnit() implements UnitClosing {
        }
    }

    /** What changing the contacts can come to. */
    public sealed interface ContactChange {
        record Changed(Provider provider) implements ContactChange {
        }

        record Rejected(List<Violation> violations) implements ContactChange {
        }
    }

    /** What opening a unit can come to. */
    public sealed interface UnitOpening {
        record Opened(Provider provider, Unit unit) implements UnitOpening {
        }

        record Rejected(List<Violation> violations) implements UnitOpening {
        }
    }

    /** What registering a provider can come to. */
    public sealed interface Registration {
        record Registered(Provider provider) implements Registration {
        }

        record Rejected(List<Violation> violations) implements Registration {
        }
    }

    public ProviderId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    /** The organisation number; empty for a sole trader (enskild firma), whose number is a personnummer. */
    public Optional<OrganisationNumber> organisationNumber() {
        return Optional.ofNullable(organisationNumber);
    }

    /** The organisation id of the provider's users ({@code org} claim). */
    public String organisationId() {
        return organisationId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<Contact> contacts() {
        return contacts;
    }

    public List<Unit> units() {
        return units;
    }

    /** The aggregate's version; 0 when new. Events carry it so readers can let the newest win. */
    public long version() {
        return version;
    }
}
