package se.samverkan.transparency.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitListingTest {

    private final UnitListing norr = new UnitListing("u-1", "Hemtjänst Norr", "HOME_CARE", "Vallby norra", "p-1",
            "Omsorgsgruppen Norr AB", "AKTIEBOLAG");

    @Test
    void aSearchFindsAUnitByItsOwnOrItsProvidersNameWhateverTheCase() {
        assertThat(norr.matches("hemtjänst")).isTrue();
        assertThat(norr.matches("OMSORGSGRUPPEN")).isTrue();
        assertThat(norr.matches("  norr  ")).isTrue();
    }

    @Test
    void everyWordOfTheSearchMustBeFound() {
        assertThat(norr.matches("omsorg norr")).isTrue();
        assertThat(norr.matches("omsorg söder")).isFalse();
    }

    @Test
    void swedishLettersAreMatchedAsTheyAreWritten() {
        assertThat(norr.matches("HEMTJÄNST")).isTrue();
        assertThat(norr.matches("hemtjanst")).as("ä is its own letter in Swedish").isFalse();
    }

    @Test
    void aBlankSearchFindsEveryUnit() {
        assertThat(norr.matches(null)).isTrue();
        assertThat(norr.matches("   ")).isTrue();
    }
}
