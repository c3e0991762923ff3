package se.samverkan.orderer.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ProviderUnitTest {

    @Test
    void aUnitIsFollowedUpInTheYearsItIsOpen() {
        ProviderUnit unit = new ProviderUnit("u", "p", "Hemtjänst Norr", "HOME_CARE", null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 7, 1), 2);

        assertThat(unit.openIn(2025)).as("before it opened").isFalse();
        assertThat(unit.openIn(2026)).isTrue();
        assertThat(unit.openIn(2027)).as("open half the year it closed").isTrue();
        assertThat(unit.openIn(2028)).as("closed before the year began").isFalse();
        assertThat(new ProviderUnit("u", "p", "n", "HOME_CARE", null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 1, 1), 2).openIn(2027)).as("closed from the first day").isFalse();
    }
}
