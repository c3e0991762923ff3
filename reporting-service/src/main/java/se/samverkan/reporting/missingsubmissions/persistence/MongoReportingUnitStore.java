package se.samverkan.reporting.missingsubmissions.persistence;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.reporting.missingsubmissions.application.ReportingUnitStore;
import se.samverkan.reporting.missingsubmissions.domain.Frequency;
import se.samverkan.reporting.missingsubmissions.domain.ReportingUnit;
import se.samverkan.reporting.missingsubmissions.domain.SpecificationVersion;

/**
 * One document per unit and one per specification version. A unit's opening day and closing day
 * are each set only when an event carries them and never unset, so an opening that arrives after
 * the closing keeps the unit closed; a specification version is inserted once.
 */
@Repository
class MongoReportingUnitStore implements ReportingUnitStore {

    static final String UNITS = "missing_submission_units";
    static final String SPECIFICATIONS = "missing_submission_specifications";

    private final MongoTemplate mongo;

    MongoReportingUnitStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void unitKnown(ReportingUnit unit) {
        Update update = new Update().set("providerId", unit.providerId()).set("schemaVersion", 1);
        setIfKnown(update, "name", unit.name());
        setIfKnown(update, "serviceArea", unit.serviceArea());
        setIfKnown(update, "area", unit.area());
        setIfKnown(update, "openedOn", unit.openedOn() == null ? null : unit.openedOn().toString());
        setIfKnown(update, "closedOn", unit.closedOn() == null ? null : unit.closedOn().toString());
        Query query = Query.query(Criteria.where("_id").is(unit.unitId()));
        try {
            mongo.upsert(query, update, UNITS);
        } catch (DuplicateKeyException createdMeanwhile) {
            mongo.upsert(query, update, UNITS);
        }
    }

    private static void setIfKnown(Update update, String field, String value) {
        if (value != null) {
            update.set(field, value);
        }
    }

    @Override
    public boolean addSpecification(SpecificationVersion version) {
        Document document = new Document("_id", version.specificationId() + "|" + version.version())
                .append("specificationId", version.specificationId())
                .append("boardId", version.boardId())
                .append("boardOrganisationId", version.boardOrganisationId())
                .append("serviceArea", version.serviceArea())
                .append("version", version.version())
                .append("validFrom", version.validFrom().toString())
                .append("owed", version.owed().stream().map(Enum::name).sorted().toList())
                .append("schemaVersion", 1);
        try {
            mongo.insert(document, SPECIFICATIONS);
            return true;
        } catch (DuplicateKeyException knownAlready) {
            return false;
        }
    }

    @Override
    public List<ReportingUnit> units() {
        return mongo.findAll(Document.class, UNITS).stream().map(document -> new ReportingUnit(
                document.getString("_id"), document.getString("providerId"), document.getString("name"),
                document.getString("serviceArea"), document.getString("area"), date(document.getString("openedOn")),
                date(document.getString("closedOn")))).toList();
    }

    @Override
    public List<SpecificationVersion> specifications() {
        return mongo.findAll(Document.class, SPECIFICATIONS).stream().map(document -> {
            Set<Frequency> owed = EnumSet.noneOf(Frequency.class);
            document.getList("owed", String.class, List.of()).forEach(code -> owed.add(Frequency.valueOf(code)));
            return new SpecificationVersion(document.getString("specificationId"), document.getString("boardId"),
                    document.getString("boardOrganisationId"), document.getString("serviceArea"),
                    ((Number) document.get("version")).intValue(), date(document.getString("validFrom")), owed);
        }).toList();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
