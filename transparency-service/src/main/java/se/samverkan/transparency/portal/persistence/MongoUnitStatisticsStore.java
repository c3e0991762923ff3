package se.samverkan.transparency.portal.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.portal.domain.MeasureFigures;
import se.samverkan.transparency.portal.domain.UnitStatistics;

/**
 * One document per unit and period ({@code public_statistics}), replaced whole by a newer
 * version. Numbers are kept as decimal strings so no figure is rounded on the way.
 */
@Repository
class MongoUnitStatisticsStore implements UnitStatisticsStore {

    static final String COLLECTION = "public_statistics";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final AtomicLong changes = new AtomicLong();

    MongoUnitStatisticsStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * One conditional upsert that matches only an older version; when a version at least as new is
     * stored, the upsert's insert collides on the id and nothing changes.
     */
    @Override
    public boolean saveIfNewer(UnitStatistics statistics, String eventId) {
        Query older = Query.query(ProcessedEvents.notYetApplied(
                Criteria.where("_id").is(statistics.unitId() + "/" + statistics.period()), eventId)
                .and("version").lt(statistics.version()));
        Update update = new Update()
                .set("unitId", statistics.unitId())
                .set("providerId", statistics.providerId())
                .set("unitName", statistics.unitName())
                .set("serviceArea", statistics.serviceArea())
                .set("area", statistics.area())
                .set("period", statistics.period())
                .set("periodStart", statistics.periodStart())
                .set("periodEnd", statistics.periodEnd())
                .set("version", statistics.version())
                .set("values", statistics.values().stream().map(MongoUnitStatisticsStore::toDocument).toList())
                .set("updatedAt", clock.instant())
                .set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(older, update, COLLECTION);
            changes.incrementAndGet();
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public List<UnitStatistics> inServiceArea(String serviceArea) {
        return mongo.find(Query.query(Criteria.where("serviceArea").is(serviceArea)), Document.class, COLLECTION)
                .stream().map(MongoUnitStatisticsStore::toDomain).toList();
    }

    @Override
    public long changes() {
        return changes.get();
    }

    @Override
    public List<UnitStatistics> all(String serviceAreaOrNull, String periodOrNull, String measureOrNull) {
        Criteria criteria = new Criteria();
        if (serviceAreaOrNull != null) {
            criteria.and("serviceArea").is(serviceAreaOrNull);
        }
        if (periodOrNull != null) {
            criteria.and("period").is(periodOrNull);
        }
        if (measureOrNull != null) {
            criteria.and("values.measure").is(measureOrNull);
        }
        return mongo.find(Query.query(criteria), Document.class, COLLECTION).stream()
                .map(MongoUnitStatisticsStore::toDomain).toList();
    }

    /** The open data is asked for by period and by service area; a municipality's years of months add up. */
    @PostConstruct
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("period", Sort.Direction.ASC).named("period"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("serviceArea", Sort.Direction.ASC).named("serviceArea"));
    }

    private static Document toDocument(MeasureFigures figures) {
        Document byGender = new Document();
        figures.byGender().forEach((gender, value) -> byGender.append(gender, text(value)));
        return new Document("measure", figures.measure()).append("valueType", figures.valueType())
                .append("value", text(figures.value())).append("byGender", byGender)
                .append("respondents", figures.respondents()).append("responseRate", text(figures.responseRate()));
    }

    private static UnitStatistics toDomain(Document document) {
        List<MeasureFigures> values = document.getList("values", Document.class, List.of()).stream()
                .map(value -> {
                    Map<String, BigDecimal> byGender = new LinkedHashMap<>();
                    Document genders = value.get("byGender", Document.class);
                    if (genders != null) {
                        genders.forEach((gender, figure) -> {
                            if (figure != null) {
                                byGender.put(gender, new BigDecimal(figure.toString()));
                            }
                        });
                    }
                    return new MeasureFigures(value.getString("measure"), value.getString("valueType"),
                            number(value.get("value")), byGender, value.getInteger("respondents"),
                            number(value.get("responseRate")));
                }).toList();
        return new UnitStatistics(document.getString("unitId"), document.getString("providerId"),
                document.getString("unitName"), document.getString("serviceArea"), document.getString("area"),
                document.getString("period"), document.getString("periodStart"), document.getString("periodEnd"),
                document.getInteger("version", 0), values);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
