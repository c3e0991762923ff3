package se.samverkan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MunicipalityGeneratorTest {

    @Test
    void everyGeneratedOrganisationNumberPassesTheLuhnCheckAndIsUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < Scale.STOCKHOLM.providers(); i++) {
            String number = MunicipalityGenerator.organisationNumber(i);
            assertThat(number).matches("\\d{6}-\\d{4}");
            assertThat(luhn(number.replace("-", ""))).as(number).isTrue();
            assertThat(seen.add(number)).as(number).isTrue();
        }
    }

    @Test
    void aSubmissionsBreakdownsAddUpToItsTotalsAsProducerServiceRequires() {
        MunicipalityGenerator.Board board = new MunicipalityGenerator.Board("b", "board-b", "HOME_CARE",
                List.of("GEN_M01", "GEN_M15", "GEN_M29"));

        for (int variant = 0; variant < 5; variant++) {
            Map<String, Object> body = MunicipalityGenerator.submission(board, "unit-1", "Område 3",
                    YearMonth.of(2026, 10), variant);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> values = (List<Map<String, Object>>) body.get("values");
            assertThat(values).hasSize(3);
            for (Map<String, Object> value : values) {
                int total = (int) value.get("value");
                @SuppressWarnings("unchecked")
                Map<String, Integer> gender = (Map<String, Integer>) value.get("byGender");
                @SuppressWarnings("unchecked")
                Map<String, Integer> ages = (Map<String, Integer>) value.get("byAgeBand");
                assertThat(gender.get("K") + gender.get("M")).isEqualTo(total).isEqualTo(gender.get("T"));
                assertThat(ages.keySet()).containsExactlyElementsOf(MunicipalityGenerator.AGE_BANDS);
                assertThat(ages.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
                assertThat(value.get("byArea")).isEqualTo(Map.of("Område 3", total));
            }
        }
    }

    @Test
    void aCorrectionChangesTheFigures() {
        MunicipalityGenerator.Board board = new MunicipalityGenerator.Board("b", "board-b", "HOME_CARE",
                List.of("GEN_M01"));
        assertThat(MunicipalityGenerator.submission(board, "u", "Område 1", YearMonth.of(2026, 1), 0))
                .isNotEqualTo(MunicipalityGenerator.submission(board, "u", "Område 1", YearMonth.of(2026, 1), 1));
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int k = 0; k < digits.length(); k++) {
            int digit = digits.charAt(k) - '0';
            if (k % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
