package se.samverkan.transparency.publicagreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicAgreementTest {

    @Test
    void theRequirementSummaryCountsPerCategoryInTheCataloguesOrderWithSwedishLabels() {
        PublicAgreement agreement = agreement("LOV", "2027-12-31", null, List.of(
                requirement("LABOUR_CONDITIONS"), requirement("BASIC_QUALITY"), requirement("BASIC_QUALITY"),
                requirement("PUBLIC_INSIGHT_DUTY")));

        RequirementSummary summary = agreement.requirementSummary();

        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.categories()).extracting(RequirementSummary.CategoryCount::label)
                .containsExactly("Grundläggande krav: kvalitet", "Arbetsvillkor",
                        "Skyldighet att lämna information för allmänhetens insyn");
        assertThat(summary.categories()).extracting(RequirementSummary.CategoryCount::count).containsExactly(2, 1, 1);
    }

    @Test
    void aCategoryThisReaderDoesNotKnowIsCountedAfterTheCatalogueUnderItsCode() {
        RequirementSummary summary = agreement("LOU", null, null, List.of(requirement("ANIMAL_WELFARE"),
                requirement("BASIC_QUALITY"), requirement(null))).requirementSummary();

        assertThat(summary.categories()).extracting(RequirementSummary.CategoryCount::label)
                .containsExactly("Grundläggande krav: kvalitet", "ANIMAL_WELFARE", "Utan kategori");
    }

    @Test
    void aTerminationBeforeTheAgreedEndIsTheLastDayAndALaterOneIsNot() {
        assertThat(agreement("LOU", "2028-12-31", new PublicAgreement.Termination("2027-03-31", "Uppsagt", 3), List.of())
                .lastDay()).contains("2027-03-31");
        assertThat(agreement("LOU", "2026-12-31", new PublicAgreement.Termination("2027-03-31", "Uppsagt", 3), List.of())
                .lastDay()).contains("2026-12-31");
        assertThat(agreement("LOV", null, new PublicAgreement.Termination("2027-03-31", null, 3), List.of())
                .lastDay()).as("an open-ended authorisation ends when terminated").contains("2027-03-31");
        assertThat(agreement("LOV", null, null, List.of()).lastDay()).isEmpty();
    }

    @Test
    void everyRouteHasASwedishLabelAndAnUnknownOneShowsItsCode() {
        assertThat(agreement("DIRECT_ORDER", null, null, List.of()).routeLabel())
                .isEqualTo("Direktbeställning till egenregin");
        assertThat(agreement("LOV", null, null, List.of()).routeLabel()).isEqualTo("Kundval (LOV)");
        assertThat(agreement("CONCESSION", null, null, List.of()).routeLabel()).isEqualTo("CONCESSION");
    }

    private static PublicAgreement agreement(String route, String endsOn, PublicAgreement.Termination termination,
                                             List<PublicAgreement.Requirement> requirements) {
        return new PublicAgreement("a-1", "b-1", "board-von", "p-1", route, "HOME_CARE", "Hemtjänst",
                "2026-01-01", endsOn, null, false, true, requirements, "2025-12-01", 1, termination, null);
    }

    private static PublicAgreement.Requirement requirement(String category) {
        return new PublicAgreement.Requirement("r", category, "Text", "VISIT");
    }
}
