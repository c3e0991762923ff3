package se.samverkan.producer.resultunit.persistence;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.producer.provider.domain.ServiceArea;
import se.samverkan.producer.resultunit.application.ResultUnitRepository;
import se.samverkan.producer.resultunit.domain.MonthOutcome;
import se.samverkan.producer.resultunit.domain.MunicipalSale;
import se.samverkan.producer.resultunit.domain.ResultUnit;
import se.samverkan.producer.resultunit.domain.ResultUnitId;
import se.samverkan.producer.resultunit.domain.YearBudget;

@Repository
class MongoResultUnitRepository implements ResultUnitRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoResultUnitRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insert(ResultUnit unit) {
        ResultUnitDocument document = new ResultUnitDocument();
        document.id = unit.id().toString();
        document.providerId = unit.providerId();
        document.providerOrganisationId = unit.providerOrganisationId();
        document.name = unit.name();
        document.nameKey = unit.name().toLowerCase(Locale.ROOT);
        document.serviceArea = unit.serviceArea().name();
        document.firstYear = unit.firstYear();
        document.openingEquity = unit.openingEquity().toPlainString();
        document.registeredAt = unit.registeredAt();
        document.budgets = budgets(unit);
        document.months = months(unit);
        document.sales = sales(unit);
        // the unique index guards against a race; this check answers when the index is not there (yet)
        if (mongo.exists(Query.query(Criteria.where("providerOrganisationId").is(document.providerOrganisationId)
                .and("nameKey").is(document.nameKey)), ResultUnitDocument.class)) {
            return false;
        }
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** One conditional write: only the version that was read; the events join the outbox in the same write. */
    @Override
    public boolean update(ResultUnit unit, long readVersion, List<EventEnvelope<?>> events) {
        Query unchanged = Query.query(Criteria.where("_id").is(unit.id().toString()).and("version").is(readVersion));
        Update update = new Update()
                .set("budgets", budgets(unit))
                .set("months", months(unit))
                .set("sales", sales(unit))
                .set("schemaVersion", ResultUnitDocument.SCHEMA_VERSION)
                .inc("version", 1);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        return mongo.updateFirst(unchanged, update, ResultUnitDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<ResultUnit> find(ResultUnitId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), ResultUnitDocument.class))
                .map(MongoResultUnitRepository::toDomain);
    }

    @Override
    public Page<ResultUnit> list(String providerOrganisationId, Pageable pageable) {
        Query filter = new Query();
        if (providerOrganisationId != null) {
            filter.addCriteria(Criteria.where("providerOrganisationId").is(providerOrganisationId));
        }
        List<ResultUnit> content = mongo.find(Query.of(filter).with(pageable), ResultUnitDocument.class).stream()
                .map(MongoResultUnitRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(filter, ResultUnitDocument.class));
    }

    @Override
    public List<ResultUnit> all(String providerOrganisationId) {
        Query query = new Query();
        if (providerOrganisationId != null) {
            query.addCriteria(Criteria.where("providerOrganisationId").is(providerOrganisationId));
        }
        query.with(Sort.by("serviceArea", "nameKey", "_id"));
        return mongo.find(query, ResultUnitDocument.class).stream().map(MongoResultUnitRepository::toDomain).toList();
    }

    @Override
    public List<ResultUnit> withSalesFor(String ordererBoard) {
        Criteria criteria = ordererBoard == null ? Criteria.where("sales.0").exists(true)
                : Criteria.where("sales.ordererBoard").is(ordererBoard);
        return mongo.find(Query.query(criteria).with(Sort.by("nameKey", "_id")), ResultUnitDocument.class).stream()
                .map(MongoResultUnitRepository::toDomain).toList();
    }

    private static List<ResultUnitDocument.BudgetDocument> budgets(ResultUnit unit) {
        List<ResultUnitDocument.BudgetDocument> documents = new ArrayList<>();
        for (YearBudget budget : unit.budgets().values()) {
            ResultUnitDocument.BudgetDocument document = new ResultUnitDocument.BudgetDocument();
            document.year = budget.year();
            document.revenues = text(budget.revenues());
            document.costs = text(budget.costs());
            document.decidedRequirementPercent = text(budget.decidedRequirementPercent());
            document.requirementReason = budget.requirementReason();
            documents.add(document);
        }
        return documents;
    }

    private static List<ResultUnitDocument.MonthDocument> months(ResultUnit unit) {
        List<ResultUnitDocument.MonthDocument> documents = new ArrayList<>();
        for (MonthOutcome month : unit.months().values()) {
            ResultUnitDocument.MonthDocument document = new ResultUnitDocument.MonthDocument();
            document.period = month.period().toString();
            document.revenues = text(month.revenues());
            document.costs = text(month.costs());
            document.outputVolume = month.outputVolume();
            document.outputNote = month.outputNote();
            document.qualityNote = month.qualityNote();
            document.staffFullTimeEquivalents = text(month.staffFullTimeEquivalents());
            document.sickLeavePercent = text(month.sickLeavePercent());
            document.staffNote = month.staffNote();
            document.closed = month.closed();
            document.closedAt = month.closedAt();
            document.majorDeviation = month.majorDeviation();
            document.actionPlan = month.actionPlan();
            documents.add(document);
        }
        return documents;
    }

    private static List<ResultUnitDocument.SaleDocument> sales(ResultUnit unit) {
        List<ResultUnitDocument.SaleDocument> documents = new ArrayList<>();
        for (MunicipalSale sale : unit.sales()) {
            ResultUnitDocument.SaleDocument document = new ResultUnitDocument.SaleDocument();
            document.id = sale.id().toString();
            document.buyerMunicipality = sale.buyerMunicipality();
            document.service = sale.service();
            document.annualAmount = text(sale.annualAmount());
            document.ordererBoard = sale.ordererBoard();
            document.status = sale.status().name();
            document.requestedAt = sale.requestedAt();
            document.decidedBy = sale.decidedBy();
            document.decidedAt = sale.decidedAt();
            document.decisionReason = sale.decisionReason();
            documents.add(document);
        }
        return documents;
    }

    private static ResultUnit toDomain(ResultUnitDocument document) {
        Map<Integer, YearBudget> budgets = new LinkedHashMap<>();
        if (document.budgets != null) {
            for (ResultUnitDocument.BudgetDocument budget : document.budgets) {
                budgets.put(budget.year, new YearBudget(budget.year, amount(budget.revenues), amount(budget.costs),
                        amount(budget.decidedRequirementPercent), budget.requirementReason));
            }
        }
        Map<YearMonth, MonthOutcome> months = new LinkedHashMap<>();
        if (document.months != null) {
            for (ResultUnitDocument.MonthDocument month : document.months) {
                YearMonth period = YearMonth.parse(month.period);
                months.put(period, new MonthOutcome(period, amount(month.revenues), amount(month.costs),
                        month.outputVolume, month.outputNote, month.qualityNote, amount(month.staffFullTimeEquivalents),
                        amount(month.sickLeavePercent), month.staffNote, month.closed, month.closedAt,
                        month.majorDeviation, month.actionPlan));
            }
        }
        List<MunicipalSale> sales = document.sales == null ? List.of() : document.sales.stream()
                .map(sale -> new MunicipalSale(UUID.fromString(sale.id), sale.buyerMunicipality, sale.service,
                        amount(sale.annualAmount), sale.ordererBoard, MunicipalSale.Status.valueOf(sale.status),
                        sale.requestedAt, sale.decidedBy, sale.decidedAt, sale.decisionReason))
                .toList();
        return ResultUnit.restore(ResultUnitId.parse(document.id).orElseThrow(), document.providerId,
                document.providerOrganisationId, document.name, ServiceArea.valueOf(document.serviceArea),
                document.firstYear, amount(document.openingEquity), budgets, months, sales, document.registeredAt,
                document.version == null ? 0 : document.version);
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @Configuration(proxyBeanMethods = false)
    static class ResultUnitPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in result-unit documents. */
        @Bean
        Outbox.Collection resultUnitsOutbox() {
            return new Outbox.Collection(ResultUnitDocument.COLLECTION);
        }
    }
}
