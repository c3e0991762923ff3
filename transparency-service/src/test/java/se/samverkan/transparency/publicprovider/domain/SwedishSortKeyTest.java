package se.samverkan.transparency.publicprovider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SwedishSortKeyTest {

    @Test
    void sortsTheSwedishWayWithÅÄÖAfterZ() {
        List<String> sorted = Stream.of("Örnen hemtjänst", "Äppelgårdens förskola", "Åkerbo omsorg", "Zenit vård",
                        "alfa omsorg", "Björkens äldreboende")
                .sorted(Comparator.comparing(SwedishSortKey::of)).toList();

        assertThat(sorted).containsExactly("alfa omsorg", "Björkens äldreboende", "Zenit vård", "Åkerbo omsorg",
                "Äppelgårdens förskola", "Örnen hemtjänst");
    }

    @Test
    void equalNamesGiveEqualKeys() {
        assertThat(SwedishSortKey.of("Solrosen")).isEqualTo(SwedishSortKey.of("Solrosen"));
    }
}
