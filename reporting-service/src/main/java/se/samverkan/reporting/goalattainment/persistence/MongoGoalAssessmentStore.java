package se.samverkan.reporting.goalattainment.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.reporting.goalattainment.application.GoalAssessmentStore;
import se.samverkan.reporting.goalattainment.domain.AssessmentLevel;
import se.samverkan.reporting.goalattainment.domain.AssessmentStage;
import se.samverkan.reporting.goalattainment.domain.GoalAssessment;

/** One upsert per recording: the stage's subdocument is set and the version raised in the same write. */
@Repository
class MongoGoalAssessmentStore implements GoalAssessmentStore {

    private final MongoTemplate mongo;

    MongoGoalAssessmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, GoalAssessment> of(Collection<String> boardGoalIds, int year) {
        Map<String, GoalAssessment> found = new LinkedHashMap<>();
        if (boardGoalIds.isEmpty()) {
            return found;
        }
        mongo.find(Query.query(Criteria.where("_id").in(boardGoalIds.stream()
                        .map(id -> GoalAssessmentDocument.idOf(id, year)).toList())), GoalAssessmentDocument.class)
                .forEach(document -> found.put(document.boardGoalId, toDomain(document)));
        return found;
    }

    @Override
    public GoalAssessment record(GoalAssessment assessment, AssessmentStage stage) {
        GoalAssessment.Judgement judgement = (stage == AssessmentStage.AUGUST_FORECAST ? assessment.forecast()
                : assessment.annual()).orElseThrow();
        GoalAssessmentDocument.JudgementDocument stored = new GoalAssessmentDocument.JudgementDocument();
        stored.level = judgement.level().name();
        stored.comment = judgement.comment();
        stored.recordedBy = judgement.recordedBy();
        stored.recordedByOrganisation = judgement.recordedByOrganisation();
        stored.recordedAt = judgement.recordedAt();
        Update update = new Update()
                .set("boardGoalId", assessment.boardGoalId())
                .set("year", assessment.year())
                .set("boardOrganisationId", assessment.boardOrganisationId())
                .set("mandatePeriod", assessment.mandatePeriod())
                .set(stage == AssessmentStage.AUGUST_FORECAST ? "forecast" : "annual", stored)
                .set("schemaVersion", 1)
                .inc("version", 1);
        GoalAssessmentDocument document = mongo.findAndModify(Query.query(Criteria.where("_id")
                        .is(GoalAssessmentDocument.idOf(assessment.boardGoalId(), assessment.year()))), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), GoalAssessmentDocument.class);
        return toDomain(document);
    }

    private static GoalAssessment toDomain(GoalAssessmentDocument document) {
        return new GoalAssessment(document.boardGoalId, document.year, document.boardOrganisationId,
                document.mandatePeriod, judgement(document.forecast), judgement(document.annual), document.version);
    }

    private static Optional<GoalAssessment.Judgement> judgement(GoalAssessmentDocument.JudgementDocument document) {
        return document == null ? Optional.empty() : Optional.of(new GoalAssessment.Judgement(
                AssessmentLevel.valueOf(document.level), document.comment, document.recordedBy,
                document.recordedByOrganisation, document.recordedAt));
    }
}
