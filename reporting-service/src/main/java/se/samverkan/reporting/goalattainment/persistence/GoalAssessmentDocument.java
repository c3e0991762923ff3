package se.samverkan.reporting.goalattainment.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The board's judgement of one board goal for one year; the id is {@code <boardGoalId>/<year>}.
 * Each stage is its own subdocument, set alone, so a forecast and an assessment recorded at the
 * same time do not overwrite each other.
 */
@Document(GoalAssessmentDocument.COLLECTION)
class GoalAssessmentDocument {

    static final String COLLECTION = "goal_assessments";

    @Id
    String id;
    String boardGoalId;
    int year;
    @Indexed
    String boardOrganisationId;
    String mandatePeriod;
    JudgementDocument forecast;
    JudgementDocument annual;
    long version;
    int schemaVersion = 1;

    static String idOf(String boardGoalId, int year) {
        return boardGoalId + "/" + year;
    }

    static class JudgementDocument {
        String level;
        String comment;
        String recordedBy;
        String recordedByOrganisation;
        Instant recordedAt;
    }
}
