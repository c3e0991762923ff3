package se.samverkan.reporting.strategiccontracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class FindingTallyTest {

    @Test
    void aFindingIsOpenUntilClosedAndOnlyRegisteredFindingsAreCounted() {
        FindingTally tally = FindingTally.of(Set.of("f1", "f2", "f3"), Set.of("f2", "f9"), Set.of("f2", "f8"));

        assertThat(tally).isEqualTo(new FindingTally(3, 2, 1, 1));
    }

    @Test
    void aClosureThatArrivedBeforeItsRegistrationCountsOnceTheRegistrationArrives() {
        assertThat(FindingTally.of(Set.of(), Set.of(), Set.of("f1"))).isEqualTo(FindingTally.NONE);
        assertThat(FindingTally.of(Set.of("f1"), Set.of(), Set.of("f1"))).isEqualTo(new FindingTally(1, 0, 0, 1));
    }
}
