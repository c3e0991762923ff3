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

    public record IndicatorDraft(String id, String name, String unit, String direction, Boolean concernsPeople,
                                 List<String> breakdowns, List<TargetDraft> targets) {
    }

    public record TargetDraft(Integer year, BigDecimal value) {
    }
}
