package se.samverkan.reporting.unitstatistics.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.reporting.unitstatistics.application.UnitStatisticsStore;
import se.samverkan.reporting.unitstatistics.domain.UnitPeriodStatistics;

/**
 * One document per unit and period with its latest version. Figures are kept as decimal text.
 * One conditional upsert: an equal or newer version collides on the id and changes nothing.
 */
@Repository
class MongoUnitStatisticsStore implements UnitStatisticsStore {

    static final String COLLECTION = "unit_statistics";

    /**
     * Ids asked for in one query (a unit reporting monthly has 12 a year). The embedded server matches every document found against the whole {@code $in} list,
     * so a query's cost grows with the square of its ids: with 1,000 a query about a seventh of the
     * server's time in a profile of the Stockholm-size compile went to those comparisons.
     */
    static final int IDS_PER_QUERY = 100;

    private final MongoTemplate mongo;
    private final BoardYearUnits boardYears;

    MongoUnitStatisticsStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.boardYears = new BoardYearUnits(mongo);
    }

    @Override
    public boolean saveIfNewer(UnitPeriodStatistics statistics, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id")
                .is(statistics.unitId() + "|" + statistics.period()), eventId)
                .orOperator(Criteria.where("version").lt(statistics.version()), Criteria.where("version").exists(false)));
        Update update = ProcessedEvents.record(new Update()
                .set("unitId", statistics.unitId())
                .set("unitName", statistics.unitName())
                .set("providerId", statistics.providerId())
                .set("providerOrganisationId", statistics.providerOrganisationId())
                .set("serviceArea", statistics.serviceArea())
                .set("area", statistics.area())
                .set("period", statistics.period())
                .set("frequency", statistics.frequency())
                .set("periodStart", statistics.periodStart())
                .set("boardOrganisationId", statistics.boardOrganisationId())
                .set("specificationId", statistics.specificationId())
                .set("specificationVersion", statistics.specificationVersion())
                .set("version", statistics.version())
                .set("late", statistics.late())
                .set("submittedAt", statistics.submittedAt())
                .set("values", statistics.values().stream().map(MongoUnitStatisticsStore::figure).toList())
                .set("schemaVersion", 1), eventId);
        // listed first: a failure between the two writes leaves a unit listed without the period, which readers skip
        boardYears.add(statistics.boardOrganisationId(), statistics.period(), statistics.unitId());
        try {
            mongo.upsert(olderOrMissing, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public Page<UnitPeriodStatistics> list(Filter filter, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.boardOrganisationId() != null) {
            criteria = criteria.and("boardOrganisationId").is(filter.boardOrganisationId());
        }
        if (filter.providerOrganisationId() != null) {
            criteria = criteria.and("providerOrganisationId").is(filter.providerOrganisationId());
        }
        if (filter.serviceArea() != null) {
            criteria = criteria.and("serviceArea").is(filter.serviceArea());
        }
        if (filter.period() != null) {
            criteria = criteria.and("period").is(filter.period());
        }
        if (filter.measure() != null) {
            criteria = criteria.and("values.measure").is(filter.measure());
        }
        Query query = Query.query(criteria);
        List<UnitPeriodStatistics> content = mongo.find(Query.of(query).with(pageable), Document.class, COLLECTION)
                .stream().map(MongoUnitStatisticsStore::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, COLLECTION));
    }

    /**
     * Reads the year's periods of the units listed under the boards by their ids, a hundred ids a
     * query: MongoDB and the embedded server alike answer that from the id index, where a query by
     * board and period read every stored period on the embedded server (which has no other indexes).
     */
    @Override
    public void forEachOfBoardsAndYear(Collection<String> boardOrganisationIds, int year, Collection<String> measures,
                                       Consumer<UnitPeriodStatistics> action) {
        Set<String> boards = new HashSet<>(boardOrganisationIds);
        Set<String> wanted = new HashSet<>(measures);
        List<String> ids = boardYears.idsOf(boards, year);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            // the id alone in the query: the embedded server uses an index only for a query on its keys alone
            Query query = Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(),
                    from + IDS_PER_QUERY))));
            query.fields().exclude(ProcessedEvents.FIELD);
            // small batches keep what is decoded at once small: the driver decodes a whole batch, by default up to 16 MB
            query.cursorBatchSize(200);
            try (Stream<Document> documents = mongo.stream(query, Document.class, COLLECTION)) {
                documents.filter(document -> boards.contains(document.getString("boardOrganisationId")))
                        .forEach(document -> {
                            List<Document> figures = document.getList("values", Document.class, List.of()).stream()
                                    .filter(figure -> wanted.contains(figure.getString("measure"))).toList();
                            if (!figures.isEmpty()) {
                                document.put("values", figures);
                                action.accept(toDomain(document));
                            }
                        });
            }
        }
    }

    @Override
    public Set<String> submittedPeriods(Collection<String> unitIds) {
        Query query = Query.query(Criteria.where("unitId").in(unitIds));
        query.fields().include("_id");
        Set<String> keys = new HashSet<>();
        mongo.find(query, Document.class, COLLECTION).forEach(document -> keys.add(document.getString("_id")));
        return keys;
    }

    private static Document figure(UnitPeriodStatistics.Figure figure) {
        return new Document("measure", figure.measure()).append("valueType", figure.valueType())
                .append("value", figure.value() == null ? null : figure.value().toPlainString())
                .append("text", figure.text()).append("byGender", decimals(figure.byGender()))
                .append("byAgeBand", decimals(figure.byAgeBand())).append("byArea", decimals(figure.byArea()))
                .append("respondents", figure.respondents());
    }

    private static Document decimals(Map<String, BigDecimal> values) {
        Document document = new Document();
        values.forEach((key, value) -> document.append(key, value == null ? null : value.toPlainString()));
        return document;
    }

    private static Map<String, BigDecimal> decimals(Document document) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (document != null) {
            document.forEach((key, value) -> values.put(key, decimal((String) value)));
        }
        return values;
    }

    private static UnitPeriodStatistics toDomain(Document document) {
        List<UnitPeriodStatistics.Figure> figures = document.getList("values", Document.class, List.of()).stream()
                .map(figure -> new UnitPeriodStatistics.Figure(figure.getString("measure"),
                        figure.getString("valueType"), decimal(figure.getString("value")), figure.getString("text"),
                        decimals(figure.get("byGender", Document.class)),
                        decimals(figure.get("byAgeBand", Document.class)),
                        decimals(figure.get("byArea", Document.class)), figure.getInteger("respondents")))
                .toList();
        Object submittedAt = document.get("submittedAt");
        return new UnitPeriodStatistics(document.getString("unitId"), document.getString("unitName"),
                document.getString("providerId"), document.getString("providerOrganisationId"),
                document.getString("serviceArea"), document.getString("area"), document.getString("period"),
                document.getString("frequency"), document.getString("periodStart"),
                document.getString("boardOrganisationId"), document.getString("specificationId"),
                number(document.get("specificationVersion")), number(document.get("version")),
                Boolean.TRUE.equals(document.getBoolean("late")),
                submittedAt instanceof java.util.Date date ? date.toInstant() : (Instant) submittedAt, figures);
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
