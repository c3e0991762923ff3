package se.samverkan.producer.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class UnitTest {

    private final Provider provider = ((Provider.Registration.Registered) Provider.register("Omsorgsgruppen Norr AB",
            "AKTIEBOLAG", "556677-8899", null, Instant.parse("2026-11-28T10:00:00Z"))).provider();

    @Test
    void openingAUnitAddsItAndRaisesTheProvidersVersion() {
        Provider.UnitOpening opening = provider.openUnit(" Hemtjänst Norr ", "HOME_CARE", "Vallby norra", "2026-01-01", null, null);

        Provider.UnitOpening.Opened opened = (Provider.UnitOpening.Opened) opening;
        assertThat(opened.unit().name()).isEqualTo("Hemtjänst Norr");
        assertThat(opened.unit().serviceArea()).isEqualTo(ServiceArea.HOME_CARE);
        assertThat(opened.unit().openedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(opened.provider().units()).containsExactly(opened.unit());
        assertThat(opened.provider().version()).isEqualTo(provider.version() + 1);
        assertThat(provider.units()).as("the original is unchanged").isEmpty();
    }

    @Test
    void aUnitNameIsUniqueWithinItsProviderWhateverTheCase() {
        Provider withUnit = ((Provider.UnitOpening.Opened) provider.openUnit("Solgläntan", "PRESCHOOL", null,
                "2026-08-01", null, null)).provider();

        Provider.UnitOpening again = withUnit.openUnit("SOLGLÄNTAN", "PRESCHOOL", null, "2026-08-01", null, null);

        assertThat(((Provider.UnitOpening.Rejected) again).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("name", "unique"));
    }

    @Test
    void everyProblemOfAUnitIsReportedAtOnce() {
        Provider.UnitOpening opening = provider.openUnit("", "KIOSK", "x".repeat(201), "1 januari", null, -1);

        assertThat(((Provider.UnitOpening.Rejected) opening).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("name", "required"), tuple("serviceArea", "one-of"),
                        tuple("area", "max-length"), tuple("capacity", "non-negative"),
                        tuple("openedOn", "date"));
    }

    @Test
    void aUnitClosesOnOrAfterItOpenedOnceWithItsReason() {
        Provider withUnit = ((Provider.UnitOpening.Opened) provider.openUnit("Hemtjänst Norr", "HOME_CARE", null,
                "2026-01-01", "Storgatan 1", 40)).provider();
        java.util.UUID unit = withUnit.units().get(0).id();

        assertThat(((Provider.UnitClosing.Rejected) withUnit.closeUnit(unit, "2025-12-31", " ")).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("closedOn", "after-opening"), tuple("reason", "required"));
        Provider closed = ((Provider.UnitClosing.Closed) withUnit.closeUnit(unit, "2027-01-01",
                "Verksamheten flyttas.")).provider();
        assertThat(closed.units().get(0).open()).isFalse();
        assertThat(closed.units().get(0).capacity()).isEqualTo(40);
        assertThat(((Provider.UnitClosing.Rejected) closed.closeUnit(unit, "2027-02-01", "Igen.")).violations())
                .extracting(Violation::rule).containsExactly("closed");
        assertThat(closed.closeUnit(java.util.UUID.randomUUID(), "2027-01-01", "x"))
                .isInstanceOf(Provider.UnitClosing.NoSuchUnit.class);
    }

    @Test
    void contactPeopleHaveANameARoleAndAReadableEmailOrPhone() {
        Provider.ContactChange change = provider.replaceContacts(java.util.List.of(
                new Contact("Anna Berg", "Verksamhetschef", "anna.berg@norr.se", "08-123 45 67"),
                new Contact(" ", null, "inte-en-adress", "ring mig")));

        assertThat(((Provider.ContactChange.Rejected) change).violations()).extracting(Violation::field)
                .containsExactly("contacts[1].name", "contacts[1].role", "contacts[1].email", "contacts[1].phone");
        Provider changed = ((Provider.ContactChange.Changed) provider.replaceContacts(java.util.List.of(
                new Contact("Anna Berg", "Verksamhetschef", "anna.berg@norr.se", null)))).provider();
        assertThat(changed.contacts()).extracting(Contact::role).containsExactly("Verksamhetschef");
    }

    @Test
    void theServiceAreasAreExactlyTheCodesOfTheEventContract() {
        assertThat(java.util.Arrays.stream(ServiceArea.values()).map(Enum::name)).containsExactlyElementsOf(
                java.util.Arrays.stream(se.samverkan.contracts.producer.ServiceAreaCode.values()).map(Enum::name)
                        .toList());
    }
}
