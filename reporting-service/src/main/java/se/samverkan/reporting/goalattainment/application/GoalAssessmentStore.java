package se.samverkan.reporting.goalattainment.application;

import java.util.Collection;
import java.util.Map;

import se.samverkan.reporting.goalattainment.domain.AssessmentStage;
import se.samverkan.reporting.goalattainment.domain.GoalAssessment;

/** Port to the boards' judgements of their goals, one document per board goal and year. */
public interface GoalAssessmentStore {

    /** The judgements of these board goals for the year, by board goal id; a goal not judged is absent. */
    Map<String, GoalAssessment> of(Collection<String> boardGoalIds, int year);

    /** Stores the stage's judgement in one write, leaving the other stage as it is; answers the document now. */
    GoalAssessment record(GoalAssessment assessment, AssessmentStage stage);
}
