package se.samverkan.orderer.goal.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What officials propose, as they wrote it and before any rule is checked: the input of
 * adopting and revising goals. An {@code id} keeps an existing goal or indicator through a
 * revision; without one, a new one is made.
 */
public final class Drafts {

    private Drafts() {
    }

    public record CouncilGoalDraft(String id, String title, String description, String goalArea) {
    }

    public record BoardGoalDraft(String id, String title, String description, String councilGoalId,
                                 List<IndicatorDraft> indicators) {
    }

    /**
     * @param measureCode the statistics measure the indicator is measured by, optional
     * @param aggregation {@code SUM}, {@code AVERAGE} or {@code WEIGHTED_AVERAGE}; optional, only with a measure
     */
    public record IndicatorDraft(String id, String name, String unit, String direction, Boolean concernsPeople,
                                 List<String> breakdowns, List<TargetDraft> targets, String measureCode,
                                 String aggregation) {

        public IndicatorDraft(String id, String name, String unit, String direction, Boolean concernsPeople,
                              List<String> breakdowns, List<TargetDraft> targets) {
            this(id, name, unit, direction, concernsPeople, breakdowns, targets, null, null);
        }
    }

    public record TargetDraft(Integer year, BigDecimal value) {
    }
}
