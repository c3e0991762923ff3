package se.samverkan.reporting.providerdocuments.persistence;

import java.util.List;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.reporting.providerdocuments.application.ProviderDocumentStore;

/**
 * One document per provider report and year, and one per delivered package, each written in one
 * conditional upsert that only a newer version gets through.
 */
@Repository
class MongoProviderDocumentStore implements ProviderDocumentStore {

    static final String COLLECTION = "provider_documents";

    private final MongoTemplate mongo;

    MongoProviderDocumentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean saveReportIfNewer(ActivityReportRow row) {
        String id = "activity-report:" + row.providerId() + ":" + row.year();
        return upsertIfNewer(id, row.number(), new Update().set("kind", "ACTIVITY_REPORT")
                .set("providerId", row.providerId()).set("year", row.year()).set("number", row.number())
                .set("submittedAt", row.submittedAt()).set("dueOn", row.dueOn()).set("late", row.late()));
    }

    @Override
    public boolean savePackageIfNewer(InsightPackageRow row, long version) {
        String id = "insight-package:" + row.packageId();
        return upsertIfNewer(id, version, new Update().set("kind", "INSIGHT_PACKAGE")
                .set("packageId", row.packageId()).set("providerId", row.providerId())
                .set("boardOrganisationId", row.boardOrganisationId()).set("title", row.title())
                .set("dueOn", row.dueOn()).set("deliveredOn", row.deliveredOn())
                .set("year", Integer.parseInt(row.deliveredOn().substring(0, 4))).set("late", row.late()));
    }

    private boolean upsertIfNewer(String id, long version, Update update) {
        try {
            mongo.findAndModify(Query.query(Criteria.where("_id").is(id)
                            .and("sourceVersion").lt(version)), update.set("sourceVersion", version),
                    FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
            return true;
        } catch (DuplicateKeyException newerThere) {
            // the document exists with this version or a newer one: the upsert's insert clashed on _id
            return false;
        }
    }

    @Override
    public List<ActivityReportRow> reports(int year) {
        return mongo.find(Query.query(Criteria.where("kind").is("ACTIVITY_REPORT").and("year").is(year))
                        .with(Sort.by("providerId")), Document.class, COLLECTION).stream()
                .map(d -> new ActivityReportRow(d.getString("providerId"), d.getInteger("year"),
                        ((Number) d.get("number")).intValue(),
                        d.getString("submittedAt"), d.getString("dueOn"), d.getBoolean("late"))).toList();
    }

    @Override
    public List<InsightPackageRow> packages(int year, String boardOrganisationOrNull) {
        Query query = Query.query(Criteria.where("kind").is("INSIGHT_PACKAGE").and("year").is(year));
        if (boardOrganisationOrNull != null) {
            query.addCriteria(Criteria.where("boardOrganisationId").is(boardOrganisationOrNull));
        }
        return mongo.find(query.with(Sort.by("deliveredOn")), Document.class, COLLECTION).stream()
                .map(d -> new InsightPackageRow(d.getString("packageId"), d.getString("providerId"),
                        d.getString("boardOrganisationId"), d.getString("title"), d.getString("dueOn"),
                        d.getString("deliveredOn"), d.getBoolean("late"))).toList();
    }
}
