package se.samverkan.producer.provider.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * A provider (utförare) of welfare services: the municipality's own production and private
 * providers alike, one model for all.
 */
public final class Provider {

    static final int NAME_MAX = 200;

    private final ProviderId id;
    private final String name;
    private final LegalForm legalForm;
    private final OrganisationNumber organisationNumber;
    private final Instant registeredAt;
    private final long version;

    private Provider(ProviderId id, String name, LegalForm legalForm, OrganisationNumber organisationNumber,
                     Instant registeredAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.legalForm = Objects.requireNonNull(legalForm);
        this.organisationNumber = Objects.requireNonNull(organisationNumber);
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.version = version;
    }

    /** Restores a provider from storage. */
    public static Provider restore(ProviderId id, String name, LegalForm legalForm, OrganisationNumber number,
                                   Instant registeredAt, long version) {
        return new Provider(id, name, legalForm, number, registeredAt, version);
    }

    /**
     * Registers a new provider, checking every field and reporting every problem at once.
     */
    public static Registration register(String name, String legalForm, String organisationNumber, Instant now) {
        Violations violations = new Violations();
        if (violations.require("name", name)) {
            violations.maxLength("name", name, NAME_MAX);
        }
        LegalForm form = null;
        if (violations.require("legalForm", legalForm)) {
            form = LegalForm.parse(legalForm.strip()).orElse(null);
            if (form == null) {
                violations.add("legalForm", "one-of", "Okänd juridisk form '" + legalForm + "'. Tillåtna värden: "
                        + String.join(", ", java.util.Arrays.stream(LegalForm.values()).map(Enum::name).toList()) + ".");
            }
        }
        OrganisationNumber number = null;
        if (violations.require("organisationNumber", organisationNumber)) {
            OrganisationNumber.ParseResult parsed = OrganisationNumber.parse(organisationNumber);
            number = parsed.number().orElse(null);
            parsed.problem().ifPresent(problem -> {
                switch (problem) {
                    case FORMAT -> violations.add("organisationNumber", "format",
                            "Organisationsnumret '" + organisationNumber + "' ska ha formen NNNNNN-NNNN (tio siffror).");
                    case CHECK_DIGIT -> violations.add("organisationNumber", "luhn",
                            "Organisationsnumret '" + organisationNumber
                            + "' har fel kontrollsiffra (Luhn-kontrollen stämmer inte).");
                }
            });
        }
        if (!violations.isEmpty()) {
            return new Registration.Rejected(violations.list());
        }
        return new Registration.Registered(new Provider(ProviderId.newId(), name.strip(), form, number, now, 0));
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

    public OrganisationNumber organisationNumber() {
        return organisationNumber;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** The aggregate's version; 0 when new. Events carry it so readers can let the newest win. */
    public long version() {
        return version;
    }
}
