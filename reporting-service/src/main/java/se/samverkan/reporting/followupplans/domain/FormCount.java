package se.samverkan.reporting.followupplans.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many items of a follow-up plan use one form of follow-up. */
public record FormCount(String form, long count) {

    /** The forms of follow-up, in the order of {@code follow-up-plan.decided.v1}. */
    public static final List<String> FORMS = List.of("SUPERVISION", "ACTIVITY_FOLLOW_UP", "CONTRACT_FOLLOW_UP",
            "USER_SURVEY", "SPECIAL_REVIEW");

    /**
     * Counts the items per form: every known form in order, zero where the plan has none, then
     * any form this reader does not know yet, so no item goes uncounted.
     */
    public static List<FormCount> perForm(List<String> formOfEachItem) {
        Map<String, Long> counted = new LinkedHashMap<>();
        FORMS.forEach(form -> counted.put(form, 0L));
        for (String form : formOfEachItem) {
            counted.merge(form == null ? "UNKNOWN" : form, 1L, Long::sum);
        }
        List<FormCount> result = new ArrayList<>();
        counted.forEach((form, count) -> result.add(new FormCount(form, count)));
        return result;
    }
}
