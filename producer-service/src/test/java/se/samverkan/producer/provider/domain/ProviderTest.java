package se.samverkan.producer.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import se.samverkan.contracts.producer.LegalFormCode;
import se.samverkan.defaults.validation.Violation;

class ProviderTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void registeringAProviderGivesItAnIdVersionZeroAndTheNormalisedNumber() {
        Provider.Registration result = Provider.register("  Omsorgsgruppen Norr AB ", "AKTIEBOLAG", "5566778899", null, NOW);

        assertThat(result).isInstanceOf(Provider.Registration.Registered.class);
        Provider provider = ((Provider.Registration.Registered) result).provider();
        assertThat(provider.name()).isEqualTo("Omsorgsgruppen Norr AB");
        assertThat(provider.organisationNumber()).map(OrganisationNumber::value).contains("556677-8899");
        assertThat(provider.version()).isZero();
        assertThat(provider.registeredAt()).isEqualTo(NOW);
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Provider.Registration result = Provider.register(" ", "BOLAG", "556677-8898", null, NOW);

        assertThat(result).isInstanceOf(Provider.Registration.Rejected.class);
        assertThat(((Provider.Registration.Rejected) result).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "required"),
                        org.assertj.core.groups.Tuple.tuple("legalForm", "one-of"),
                        org.assertj.core.groups.Tuple.tuple("organisationNumber", "luhn"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        Provider.Registration result = Provider.register(null, null, null, null, NOW);

        assertThat(((Provider.Registration.Rejected) result).violations())
                .extracting(Violation::field)
                .containsExactly("name", "legalForm", "organisationNumber");
    }

    @Test
    void aNameLongerThanTheLimitIsRejected() {
        Provider.Registration result = Provider.register("x".repeat(Provider.NAME_MAX + 1), "STIFTELSE",
                "802002-4280", null, NOW);

        assertThat(((Provider.Registration.Rejected) result).violations())
                .extracting(Violation::rule).containsExactly("max-length");
    }

    @Test
    void inHouseProductionIsRegisteredExactlyLikeAnyOtherLegalForm() {
        Provider.Registration inHouse = Provider.register("Vallby kommun, produktionen", "KOMMUNAL_EGENREGI",
                "212000-0142", null, NOW);

        assertThat(inHouse).isInstanceOf(Provider.Registration.Registered.class);
    }

    @Test
    void withoutAnOrganisationIdTheProviderGetsOneMadeFromItsName() {
        Provider provider = ((Provider.Registration.Registered) Provider.register("Åkerbo Omsorg & Vård AB",
                "AKTIEBOLAG", "556345-6788", null, NOW)).provider();

        assertThat(provider.organisationId()).isEqualTo("provider-akerbo-omsorg-vard-ab");
        assertThat(provider.isRunBy("provider-akerbo-omsorg-vard-ab")).isTrue();
        assertThat(provider.isRunBy("provider-akerbo")).isFalse();
        assertThat(provider.isRunBy(null)).isFalse();
    }

    @Test
    void aGivenOrganisationIdIsKeptAndAMalformedOneIsRejectedWithTheRule() {
        Provider given = ((Provider.Registration.Registered) Provider.register("Omsorgsgruppen Norr AB", "AKTIEBOLAG",
                "556677-8899", " provider-omsorgsgruppen-norr ", NOW)).provider();
        Provider.Registration malformed = Provider.register("Omsorgsgruppen Norr AB", "AKTIEBOLAG", "556677-8899",
                "Provider Norr!", NOW);

        assertThat(given.organisationId()).isEqualTo("provider-omsorgsgruppen-norr");
        assertThat(((Provider.Registration.Rejected) malformed).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("organisationId", "format"));
    }

    @Test
    void aSoleTraderIsRegisteredWithoutANumberAndOneGivenIsRefusedAsAPersonnummer() {
        Provider soleTrader = ((Provider.Registration.Registered) Provider.register("Frisören Anna Berg",
                "ENSKILD_FIRMA", null, "provider-anna-berg", NOW)).provider();
        Provider.Registration withNumber = Provider.register("Frisören Anna Berg", "ENSKILD_FIRMA", "811218-9876",
                null, NOW);
        Provider.Registration companyWithPersonnummer = Provider.register("Fel AB", "AKTIEBOLAG", "811218-9876",
                null, NOW);

        assertThat(soleTrader.organisationNumber()).isEmpty();
        assertThat(((Provider.Registration.Rejected) withNumber).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("organisationNumber", "personal-identity-number"));
        assertThat(((Provider.Registration.Rejected) companyWithPersonnummer).violations())
                .extracting(Violation::rule).containsExactly("personal-identity-number");
    }

    @Test
    void theLegalFormsAreExactlyTheCodesOfTheEventContract() {
        assertThat(Arrays.stream(LegalForm.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(LegalFormCode.values()).map(Enum::name).toList());
    }
}
