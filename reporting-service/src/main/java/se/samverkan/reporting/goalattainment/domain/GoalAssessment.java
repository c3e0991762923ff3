package se.samverkan.reporting.goalattainment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * The board's judgement of one board goal for one year (måluppfyllelse): the forecast in the
 * interim report per August and the assessment in the annual report, each uppfyllt, delvis
 * uppfyllt or ej uppfyllt with the board's comment. Recorded by the board's officials or the
 * council's analysts; one document per board goal and year, each stage kept apart, a later
 * recording of a stage replacing the earlier one.
 */
public record GoalAssessment(String boardGoalId, int year, String boardOrganisationId, String mandatePeriod,
                             Optional<Judgement> forecast, Optional<Judgement> annual, long version) {

    public static final int COMMENT_MAX = 4000;

    public GoalAssessment {
        Objects.requireNonNull(boardGoalId, "boardGoalId");
        forecast = forecast == null ? Optional.empty() : forecast;
        annual = annual == null ? Optional.empty() : annual;
    }

    /** A board goal of the year nobody has judged yet. */
    public static GoalAssessment none(String boardGoalId, int year, String boardOrganisationId, String mandatePeriod) {
        return new GoalAssessment(boardGoalId, year, boardOrganisationId, mandatePeriod, Optional.empty(),
                Optional.empty(), 0);
    }

    /**
     * Records the board's judgement at a stage: the level and the board's comment are required,
     * the comment at most {@value #COMMENT_MAX} characters. Every broken rule is reported at once.
     */
    public Recording record(String stageCode, String levelCode, String comment, String recordedBy,
                            String recordedByOrganisation, Instant at) {
        Violations violations = new Violations();
        AssessmentStage stage = violations.oneOf(AssessmentStage.class, "stage", stageCode, true);
        AssessmentLevel level = violations.oneOf(AssessmentLevel.class, "level", levelCode, true);
        if (violations.require("comment", comment)) {
            violations.maxLength("comment", comment, COMMENT_MAX);
        }
        if (!violations.isEmpty()) {
            return new Recording.Rejected(violations.list());
        }
        Judgement judgement = new Judgement(level, comment.strip(), recordedBy, recordedByOrganisation, at);
        return new Recording.Recorded(stage, stage == AssessmentStage.AUGUST_FORECAST
                ? new GoalAssessment(boardGoalId, year, boardOrganisationId, mandatePeriod, Optional.of(judgement),
                annual, version)
                : new GoalAssessment(boardGoalId, year, boardOrganisationId, mandatePeriod, forecast,
                Optional.of(judgement), version));
    }

    /** The latest word on the goal: the annual assessment once made, the August forecast before that. */
    public Optional<AssessmentLevel> latestLevel() {
        return annual.or(() -> forecast).map(Judgement::level);
    }

    public record Judgement(AssessmentLevel level, String comment, String recordedBy, String recordedByOrganisation,
                            Instant recordedAt) {
    }

    public sealed interface Recording {

        record Recorded(AssessmentStage stage, GoalAssessment assessment) implements Recording {
        }

        record Rejected(List<Violation> violations) implements Recording {
        }
    }
}
