package se.samverkan.reporting.inhouseeconomy.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.reporting.inhouseeconomy.application.UnitYearStore;
import se.samverkan.reporting.inhouseeconomy.domain.UnitYear;

@Repository
class MongoUnitYearStore implements UnitYearStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoUnitYearStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * One upsert keyed by unit and year that sets the month's entry: setting a final month twice
     * changes nothing, and a redelivered event collides on the id and is skipped.
     */
    @Override
    public boolean recordClosedMonth(UnitYear unit, int month, String eventId) {
        UnitYear.ClosedMonth closed = unit.months().get(month);
        Query notYetApplied = Query.query(ProcessedEvents.notYetApplied(
                Criteria.where("_id").is(unit.resultUnitId() + ":" + unit.year()), eventId));
        Update update = new Update()
                .set("resultUnitId", unit.resultUnitId())
                .set("name", unit.name())
                .set("serviceArea", unit.serviceArea())
                .set("providerOrganisationId", unit.providerOrganisationId())
                .set("year", unit.year())
                .set("months." + month, new Document("revenues", closed.revenues().toPlainString())
                        .append("costs", closed.costs().toPlainString())
                        .append("marginRequirement", closed.marginRequirement() == null ? null
                                : closed.marginRequirement().toPlainString())
                        .append("requirementSource", closed.requirementSource())
                        .append("equityBroughtForward", closed.equityBroughtForward().toPlainString())
                        .append("unitVersion", closed.unitVersion()))
                .set("updatedAt", clock.instant())
                .set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(notYetApplied, update, UnitYearDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    @Override
    public List<UnitYear> ofYear(int year, String providerOrganisationId) {
        Criteria criteria = Criteria.where("year").is(year);
        if (providerOrganisationId != null) {
            criteria = criteria.and("providerOrganisationId").is(providerOrganisationId);
        }
        return mongo.find(Query.query(criteria), UnitYearDocument.class).stream().map(MongoUnitYearStore::toDomain)
                .sorted(Comparator.comparing((UnitYear unit) -> String.valueOf(unit.serviceArea()))
                        .thenComparing(unit -> String.valueOf(unit.name()).toLowerCase(Locale.ROOT))
                        .thenComparing(UnitYear::resultUnitId))
                .toList();
    }

    private static UnitYear toDomain(UnitYearDocument document) {
        TreeMap<Integer, UnitYear.ClosedMonth> months = new TreeMap<>();
        if (document.months != null) {
            document.months.forEach((month, figures) -> months.put(Integer.valueOf(month), new UnitYear.ClosedMonth(
                    new BigDecimal(figures.revenues), new BigDecimal(figures.costs),
                    figures.marginRequirement == null ? null : new BigDecimal(figures.marginRequirement),
                    figures.requirementSource, figures.equityBroughtForward == null ? BigDecimal.ZERO
                    : new BigDecimal(figures.equityBroughtForward), figures.unitVersion)));
        }
        return new UnitYear(document.resultUnitId, document.name, document.serviceArea,
                document.providerOrganisationId, document.year == null ? 0 : document.year, months);
    }
}
