package se.samverkan.reporting.strategiccontracts.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many requirements of one category an agreement carries. */
public record CategoryCount(String category, long count) {

    /** The requirement catalogue of the orderer boards, in its order (see {@code agreement.signed.v1}). */
    public static final List<String> CATALOGUE = List.of("BASIC_QUALITY", "ACTIVITY_GOALS", "RESOURCE_EFFICIENCY",
            "SOCIAL_SUSTAINABILITY", "ENVIRONMENTAL_SUSTAINABILITY", "LABOUR_CONDITIONS", "FOLLOW_UP_DUTY",
            "PUBLIC_INSIGHT_DUTY");

    /**
     * Counts the requirements per category: every catalogue category in the catalogue's order,
     * zero where the agreement has none (so the council sees what is missing), then any category
     * this reader does not know yet, so no requirement goes uncounted.
     */
    public static List<CategoryCount> perCategory(List<String> categoriesOfEachRequirement) {
        Map<String, Long> counted = new LinkedHashMap<>();
        CATALOGUE.forEach(category -> counted.put(category, 0L));
        for (String category : categoriesOfEachRequirement) {
            counted.merge(category == null ? "UNKNOWN" : category, 1L, Long::sum);
        }
        List<CategoryCount> result = new ArrayList<>();
        counted.forEach((category, count) -> result.add(new CategoryCount(category, count)));
        return result;
    }
}
