package se.samverkan.producer.statistics.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.samverkan.producer.statistics.application.SpecificationStore;
import se.samverkan.producer.statistics.domain.Breakdown;
import se.samverkan.producer.statistics.domain.Frequency;
import se.samverkan.producer.statistics.domain.Measure;
import se.samverkan.producer.statistics.domain.SpecificationVersion;
import se.samverkan.producer.statistics.domain.ValueType;

/**
 * One document per published specification version, keyed by specification and version: a
 * version never changes, so a redelivery collides on the key and changes nothing.
 */
@Repository
class MongoSpecificationStore implements SpecificationStore {

    static final String COLLECTION = "statistics_specifications";

    private final MongoTemplate mongo;

    MongoSpecificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(SpecificationVersion version) {
        Document document = new Document("_id", version.specificationId() + ":" + version.version())
                .append("specificationId", version.specificationId())
                .append("boardId", version.boardId())
                .append("boardOrganisationId", version.boardOrganisationId())
                .append("serviceArea", version.serviceArea())
                .append("version", version.version())
                .append("validFrom", version.validFrom().toString())
                .append("ageBands", version.ageBands())
                .append("measures", version.measures().stream().map(MongoSpecificationStore::measure).toList())
                .append("schemaVersion", 1);
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    @Override
    public List<SpecificationVersion> forServiceArea(String serviceArea) {
        return mongo.find(Query.query(Criteria.where("serviceArea").is(serviceArea)), Document.class, COLLECTION)
                .stream().map(MongoSpecificationStore::toDomain).toList();
    }

    private static Document measure(Measure measure) {
        return new Document("code", measure.code())
                .append("name", measure.name())
                .append("category", measure.category())
                .append("valueType", measure.valueType().name())
                .append("frequency", measure.frequency().name())
                .append("required", measure.required())
                .append("breakdowns", measure.breakdowns().stream().map(Enum::name).sorted().toList())
                .append("minValue", measure.minValue() == null ? null : measure.minValue().toPlainString())
                .append("maxValue", measure.maxValue() == null ? null : measure.maxValue().toPlainString())
                .append("reportsRespondents", measure.reportsRespondents())
                .append("reportsResponseRate", measure.reportsResponseRate())
                .append("sourceSystem", measure.sourceSystem());
    }

    private static SpecificationVersion toDomain(Document document) {
        List<Measure> measures = new ArrayList<>();
        for (Document measure : document.getList("measures", Document.class, List.of())) {
            Set<Breakdown> breakdowns = EnumSet.noneOf(Breakdown.class);
            measure.getList("breakdowns", String.class, List.of()).forEach(code -> breakdowns.add(Breakdown.valueOf(code)));
            measures.add(new Measure(measure.getString("code"), measure.getString("name"),
                    measure.getString("category"), ValueType.valueOf(measure.getString("valueType")),
                    Frequency.valueOf(measure.getString("frequency")), Boolean.TRUE.equals(measure.getBoolean("required")),
                    breakdowns, decimal(measure.getString("minValue")), decimal(measure.getString("maxValue")),
                    Boolean.TRUE.equals(measure.getBoolean("reportsRespondents")),
                    Boolean.TRUE.equals(measure.getBoolean("reportsResponseRate")), measure.getString("sourceSystem")));
        }
        return new SpecificationVersion(document.getString("specificationId"), document.getString("boardId"),
                document.getString("boardOrganisationId"), document.getString("serviceArea"),
                document.get("version", Number.class).intValue(), LocalDate.parse(document.getString("validFrom")),
                document.getList("ageBands", String.class, List.of()), measures);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
