package se.samverkan.contracts.goal;

import java.util.List;

/**
 * The council (kommunfullmäktige) adopted its goals for a mandate period, or adopted a revision
 * of them: the whole document, vision and council goals (KF-mål) with their goal areas.
 * Published by orderer-service. Each revision is published again with a higher {@code version};
 * readers keep the highest, so duplicates and late arrivals change nothing.
 *
 * @param mandatePeriod    the mandate period, {@code 2023-2026}: four calendar years after an ordinary election
 * @param vision           the municipality's vision, the top of the goal hierarchy
 * @param councilProgramme the name of the council programme the goals come from
 * @param goals            every council goal of the period, in the council's order
 * @param version          the document's version after the change; higher wins
 */
public record CouncilGoalsAdoptedV1(
        String mandatePeriod,
        String vision,
        String councilProgramme,
        List<CouncilGoal> goals,
        long version) {

    /**
     * One council goal (KF-mål).
     *
     * @param councilGoalId the goal's id, kept through revisions; board goals point to it
     * @param number        its number in the council's order, from 1
     * @param title         the goal as the council wrote it
     * @param description   more text, or null
     * @param goalArea      {@code SOCIAL}, {@code ECOLOGICAL} or {@code ECONOMIC} (see {@link GoalAreaCode})
     */
    public record CouncilGoal(String councilGoalId, int number, String title, String description, String goalArea) {
    }
}
