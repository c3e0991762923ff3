package se.samverkan.reporting.goalattainment.domain;

import java.util.List;

/**
 * What a level of the goal hierarchy adds up to: its indicators by status against the year's
 * targets, and its board goals by the board's latest judgement (the annual assessment, or the
 * August forecast before it).
 */
public record Counts(int indicators, int onTarget, int offTarget, int noFigures, int noTarget, int notMeasured,
                     int boardGoals, int met, int partlyMet, int notMet, int notAssessed) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static Counts of(List<IndicatorAttainment> indicators, GoalAssessment assessment) {
        int on = 0;
        int off = 0;
        int noFigures = 0;
        int noTarget = 0;
        int notMeasured = 0;
        for (IndicatorAttainment indicator : indicators) {
            switch (indicator.status()) {
                case ON_TARGET -> on++;
                case OFF_TARGET -> off++;
                case NO_FIGURES -> noFigures++;
                case NO_TARGET -> noTarget++;
                case NOT_MEASURED -> notMeasured++;
                default -> throw new IllegalStateException(indicator.status().name());
            }
        }
        AssessmentLevel level = assessment.latestLevel().orElse(null);
        return new Counts(indicators.size(), on, off, noFigures, noTarget, notMeasured, 1,
                level == AssessmentLevel.MET ? 1 : 0, level == AssessmentLevel.PARTLY_MET ? 1 : 0,
                level == AssessmentLevel.NOT_MET ? 1 : 0, level == null ? 1 : 0);
    }

    Counts plus(Counts other) {
        return new Counts(indicators + other.indicators, onTarget + other.onTarget, offTarget + other.offTarget,
                noFigures + other.noFigures, noTarget + other.noTarget, notMeasured + other.notMeasured,
                boardGoals + other.boardGoals, met + other.met, partlyMet + other.partlyMet, notMet + other.notMet,
                notAssessed + other.notAssessed);
    }

    static Counts sum(List<Counts> counts) {
        return counts.stream().reduce(NONE, Counts::plus);
    }
}
