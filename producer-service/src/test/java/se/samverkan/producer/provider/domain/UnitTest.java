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
        Provider.UnitOpening opening = provider.openUnit(" Hemtjänst Norr ", "HOME_CARE", "Vallby norra", "2026-01-01");

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
                "2026-08-01")).provider();

        Provider.UnitOpening again = withUnit.openUnit("SOLGLÄNTAN", "PRESCHOOL", null, "2026-08-01");

        assertThat(((Provider.UnitOpening.Rejected) again).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("name", "unique"));
    }

    @Test
    void everyProblemOfAUnitIsReportedAtOnce() {
        Provider.UnitOpening opening = provider.openUnit("", "KIOSK", "x".repeat(201), "1 januari");

        assertThat(((Provider.UnitOpening.Rejected) opening).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("name", "required"), tuple("serviceArea", "one-of"),
                        tuple("area", "max-length"), tuple("openedOn", "date"));
    }

    @Test
    void theServiceAreasAreExactlyTheCodesOfTheEventContract() {
        assertThat(java.util.Arrays.stream(ServiceArea.values()).map(Enum::name)).containsExactlyElementsOf(
                java.util.Arrays.stream(se.samverkan.contracts.producer.ServiceAreaCode.values()).map(Enum::name)
                        .toList());
    }
}
