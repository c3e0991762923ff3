package se.samverkan.transparency.publicagreement.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many requirements an agreement carries per category of the requirement catalogue: the
 * catalogue's categories in their order, then any category this reader does not know, by its code.
 * A category without requirements is left out.
 */
public record RequirementSummary(List<CategoryCount> categories, int total) {

    public RequirementSummary {
        categories = List.copyOf(categories);
    }

    static final String UNCATEGORISED = "UNCATEGORISED";

    public record CategoryCount(String category, String label, int count) {
    }

    /** The catalogue of orderer-service, with the Swedish labels the public reads. */
    public enum Category {
        BASIC_QUALITY("Grundläggande krav: kvalitet"),
        ACTIVITY_GOALS("Grundläggande krav: verksamhetsmål"),
        RESOURCE_EFFICIENCY("Grundläggande krav: resurseffektivitet"),
        SOCIAL_SUSTAINABILITY("Social hållbarhet"),
        ENVIRONMENTAL_SUSTAINABILITY("Miljömässig hållbarhet"),
        LABOUR_CONDITIONS("Arbetsvillkor"),
        FOLLOW_UP_DUTY("Skyldighet att medverka i uppföljning"),
        PUBLIC_INSIGHT_DUTY("Skyldighet att lämna information för allmänhetens insyn");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static String labelOf(String code) {
            if (UNCATEGORISED.equals(code)) {
                return "Utan kategori";
            }
            return Arrays.stream(values()).filter(category -> category.name().equals(code)).findFirst()
                    .map(Category::label).orElse(code);
        }
    }

    static RequirementSummary of(List<PublicAgreement.Requirement> requirements) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            counts.put(category.name(), 0);
        }
        for (PublicAgreement.Requirement requirement : requirements) {
            String category = requirement.category() == null || requirement.category().isBlank() ? UNCATEGORISED
                    : requirement.category();
            counts.merge(category, 1, Integer::sum);
        }
        List<CategoryCount> categories = new ArrayList<>();
        counts.forEach((category, count) -> {
            if (count > 0) {
                categories.add(new CategoryCount(category, Category.labelOf(category), count));
            }
        });
        return new RequirementSummary(categories, requirements.size());
    }
}
