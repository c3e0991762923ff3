package se.samverkan.transparency.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The portal's default order is alphabetical the Swedish way and blind to the form of operation. */
class NeutralOrderTest {

    private static final List<String> LEGAL_FORMS = List.of("AKTIEBOLAG", "EKONOMISK_FORENING", "STIFTELSE",
            "IDEELL_FORENING", "KOOPERATIV", "ENSKILD_FIRMA", "KOMMUNAL_EGENREGI");

    @Property(tries = 300)
    void defaultOrderingDoesNotDependOnTheFormOfOperation(@ForAll("names") List<String> names, @ForAll long seed) {
        Random random = new Random(seed);
        List<UnitListing> units = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            units.add(unit("u" + i, names.get(i), LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size()))));
        }
        List<String> forms = new ArrayList<>(units.stream().map(UnitListing::legalForm).toList());
        Collections.shuffle(forms, random);
        List<UnitListing> permuted = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitListing unit = units.get(i);
            permuted.add(unit(unit.unitId(), unit.unitName(), forms.get(i)));
        }
        Collections.shuffle(permuted, random);

        assertThat(ids(NeutralOrder.of(permuted))).isEqualTo(ids(NeutralOrder.of(units)));
    }

    @Test
    void unitsAreAlphabeticalTheSwedishWayAndTheInHouseProductionIsNotPutFirst() {
        List<UnitListing> ordered = NeutralOrder.of(List.of(
                unit("1", "Örnens hemtjänst", "AKTIEBOLAG"),
                unit("2", "Ängens hemtjänst", "KOMMUNAL_EGENREGI"),
                unit("3", "Åsens hemtjänst", "KOOPERATIV"),
                unit("4", "Zetas hemtjänst", "KOMMUNAL_EGENREGI"),
                unit("5", "Björkens hemtjänst", "STIFTELSE")));

        assertThat(ordered).extracting(UnitListing::unitName).containsExactly("Björkens hemtjänst",
                "Zetas hemtjänst", "Åsens hemtjänst", "Ängens hemtjänst", "Örnens hemtjänst");
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars("abcåäöABCÅÄÖ eé-").ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(0).ofMaxSize(12);
    }

    private static List<String> ids(List<UnitListing> units) {
        return units.stream().map(UnitListing::unitId).toList();
    }

    private static UnitListing unit(String id, String name, String legalForm) {
        return new UnitListing(id, name, "HOME_CARE", null, "p-" + id, "Utförare " + id, legalForm);
    }
}
