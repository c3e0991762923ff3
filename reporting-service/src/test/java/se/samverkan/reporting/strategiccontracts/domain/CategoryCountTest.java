package se.samverkan.reporting.strategiccontracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class CategoryCountTest {

    @Test
    void requirementsAreCountedPerCategoryWithEveryCatalogueCategoryListedAndUnknownCategoriesKept() {
        List<CategoryCount> counts = CategoryCount.perCategory(List.of("LABOUR_CONDITIONS", "BASIC_QUALITY",
                "BASIC_QUALITY", "ANIMAL_WELFARE", "BASIC_QUALITY"));

        assertThat(counts).extracting(CategoryCount::category, CategoryCount::count).containsExactly(
                tuple("BASIC_QUALITY", 3L),
                tuple("ACTIVITY_GOALS", 0L),
                tuple("RESOURCE_EFFICIENCY", 0L),
                tuple("SOCIAL_SUSTAINABILITY", 0L),
                tuple("ENVIRONMENTAL_SUSTAINABILITY", 0L),
                tuple("LABOUR_CONDITIONS", 1L),
                tuple("FOLLOW_UP_DUTY", 0L),
                tuple("PUBLIC_INSIGHT_DUTY", 0L),
                tuple("ANIMAL_WELFARE", 1L));
    }

    @Test
    void anAgreementIsEndedOnceItsTerminationHasArrivedAndCountsEveryRequirement() {
        StrategicContract running = contract(null);
        StrategicContract terminated = contract("2027-03-31");

        assertThat(running.ended()).isFalse();
        assertThat(terminated.ended()).isTrue();
        assertThat(running.requirementCount()).isEqualTo(2);
    }

    private static StrategicContract contract(String terminatedOn) {
        return new StrategicContract("a-1", "Hemtjänst", "b-1", "board-von", "p-1", "provider-x", "LOV", "HOME_CARE",
                "2026-01-01", null, "14500000", true, "von.avtal",
                CategoryCount.perCategory(List.of("BASIC_QUALITY", "FOLLOW_UP_DUTY")), "2025-12-01", terminatedOn,
                terminatedOn == null ? null : "Uppsagd");
    }
}
