package se.samverkan.reporting.followupplans.domain;

import java.util.List;
import java.util.Objects;

/** A board's decided annual follow-up plan, as the council's overview shows it. */
public record DecidedPlan(String planId, String boardId, String boardOrganisationId, int year, String decidedOn,
                          String decisionReference, List<FormCount> itemsPerForm) {

    public DecidedPlan {
        Objects.requireNonNull(planId, "planId");
        itemsPerForm = itemsPerForm == null ? List.of() : List.copyOf(itemsPerForm);
    }

    public long itemCount() {
        return itemsPerForm.stream().mapToLong(FormCount::count).sum();
    }
}
