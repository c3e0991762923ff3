package se.samverkan.reporting.providerstatistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LegalFormCountTest {

    @Test
    void everyKnownFormIsListedWithZeroWhereThereIsNoneAndUnknownFormsStillCount() {
        Map<String, Long> counted = new LinkedHashMap<>();
        counted.put("KOMMUNAL_EGENREGI", 2L);
        counted.put("AKTIEBOLAG", 5L);
        counted.put("EUROPABOLAG", 1L);

        assertThat(LegalFormCount.complete(counted))
                .extracting(LegalFormCount::legalForm, LegalFormCount::count)
                .containsExactly(
                        tuple("AKTIEBOLAG", 5L),
                        tuple("EKONOMISK_FORENING", 0L),
                        tuple("STIFTELSE", 0L),
                        tuple("IDEELL_FORENING", 0L),
                        tuple("KOOPERATIV", 0L),
                        tuple("ENSKILD_FIRMA", 0L),
                        tuple("KOMMUNAL_EGENREGI", 2L),
                        tuple("EUROPABOLAG", 1L));
    }
}
