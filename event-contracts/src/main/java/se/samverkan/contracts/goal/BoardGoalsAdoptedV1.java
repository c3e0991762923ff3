package se.samverkan.contracts.goal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A board (nämnd) adopted its goals for a mandate period, or adopted a revision of them: every
 * board goal (nämndmål) with the council goal it serves and its indicators, each with its
 * desired direction, its target value per year and the breakdowns its results must be given in.
 * Published by orderer-service; reporting-service compiles goal attainment from it. Each
 * revision is published again with a higher {@code version}; readers keep the highest.
 *
 * @param boardId             the board's id in orderer-service
 * @param boardShortName      the board's short name, e.g. {@code VON}
 * @param boardOrganisationId the {@code org} claim of the board's officials, e.g. {@code board-von}
 * @param mandatePeriod       the mandate period, {@code 2023-2026}
 * @param goals               every board goal of the board in the period
 * @param version             the document's version after the change; higher wins
 */
public record BoardGoalsAdoptedV1(
        String boardId,
        String boardShortName,
        String boardOrganisationId,
        String mandatePeriod,
        List<BoardGoal> goals,
        long version) {

    /**
     * One board goal (nämndmål).
     *
     * @param boardGoalId   the goal's id, kept through revisions
     * @param title         the goal
     * @param description   more text, or null
     * @param councilGoalId the council goal (KF-mål) of the same mandate period it serves
     * @param indicators    how it is measured
     */
    public record BoardGoal(String boardGoalId, String title, String description, String councilGoalId,
                            List<Indicator> indicators) {
    }

    /**
     * One indicator (indikator).
     *
     * @param indicatorId    the indicator's id, kept through revisions, so results can be followed year by year
     * @param name           what is measured
     * @param unit           the unit, e.g. {@code procent}, {@code antal}
     * @param direction      {@code INCREASE}, {@code DECREASE} or {@code KEEP}: which way is better
     * @param concernsPeople whether it counts people; then its results are broken down by gender at least
     * @param breakdowns     the breakdowns results must be given in: {@code GENDER} (kvinnor/män/totalt),
     *                       {@code AGE_BAND}, {@code AREA}
     * @param targets        the target value (målvärde) per year, each year inside the mandate period, in year order
     * @param measureCode    the statistics measure (its code in the board's statistics specification,
     *                       {@code statistics.submitted.v1}'s {@code measure}) the indicator is measured by;
     *                       null when it is not tied to one, and in events published before it was added
     * @param aggregation    how the units' figures of that measure make the board's figure for a year:
     *                       {@code SUM}, {@code AVERAGE} or {@code WEIGHTED_AVERAGE} (by respondents); null
     *                       exactly when {@code measureCode} is
     */
    public record Indicator(String indicatorId, String name, String unit, String direction, boolean concernsPeople,
                            List<String> breakdowns, List<Target> targets, String measureCode, String aggregation) {

        /** An indicator not tied to a statistics measure. */
        public Indicator(String indicatorId, String name, String unit, String direction, boolean concernsPeople,
                         List<String> breakdowns, List<Target> targets) {
            this(indicatorId, name, unit, direction, concernsPeople, breakdowns, targets, null, null);
        }
    }

    /** The target value of an indicator for one year. */
    public record Target(int year, BigDecimal value) {
    }
}
