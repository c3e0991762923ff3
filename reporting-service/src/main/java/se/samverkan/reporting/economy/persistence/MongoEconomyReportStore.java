package se.samverkan.reporting.economy.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.reporting.calendar.domain.BoardReport;
import se.samverkan.reporting.economy.application.EconomyReportStore;
import se.samverkan.reporting.economy.domain.EconomyFigures;
import se.samverkan.reporting.economy.domain.InvestmentOverrun;
import se.samverkan.reporting.economy.domain.SubmittedReport;
import se.samverkan.reporting.economy.domain.WinterMaintenance;

/** One upsert per submission: the figures set, the first submission's time set only on insert, the version raised. */
@Repository
class MongoEconomyReportStore implements EconomyReportStore {

    private final MongoTemplate mongo;

    MongoEconomyReportStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public SubmittedReport record(String board, int year, EconomyFigures figures, String submittedBy,
                                  String submittedByOrganisation, Instant at) {
        WinterMaintenance winter = figures.winterMaintenance();
        Update update = new Update()
                .set("boardOrganisationId", board)
                .set("year", year)
                .set("report", figures.report().name())
                .set("netFrame", text(figures.netFrame()))
                .set("budgetTurnover", text(figures.budgetTurnover()))
                .set("netCostOutcome", text(figures.netCostOutcome()))
                .set("netCostForecast", text(figures.netCostForecast()))
                .set("equityBroughtForward", text(figures.equityBroughtForward()))
                .set("winterMaintenance", winter == null ? null : new Document("budget", text(winter.budget()))
                        .append("netCost", text(winter.netCost())))
                .set("investments", figures.investments().stream().map(investment -> new Document("name",
                        investment.name()).append("decidedNetInvestment", text(investment.decidedNetInvestment()))
                        .append("forecastNetInvestment", text(investment.forecastNetInvestment()))).toList())
                .set("actionPlanFollowUp", figures.actionPlanFollowUp())
                .setOnInsert("firstSubmittedAt", at)
                .set("lastSubmittedAt", at)
                .set("submittedBy", submittedBy)
                .set("submittedByOrganisation", submittedByOrganisation)
                .set("schemaVersion", 1)
                .inc("version", 1);
        EconomyReportDocument document = mongo.findAndModify(Query.query(Criteria.where("_id")
                        .is(EconomyReportDocument.idOf(board, year, figures.report().name()))), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), EconomyReportDocument.class);
        return toDomain(document);
    }

    @Override
    public List<SubmittedReport> ofYears(int fromYear, int toYear, String onlyBoard) {
        Criteria criteria = Criteria.where("year").gte(fromYear).lte(toYear);
        if (onlyBoard != null) {
            criteria = criteria.and("boardOrganisationId").is(onlyBoard);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("boardOrganisationId", "year", "report")),
                EconomyReportDocument.class).stream().map(MongoEconomyReportStore::toDomain).toList();
    }

    private static SubmittedReport toDomain(EconomyReportDocument document) {
        WinterMaintenance winter = document.winterMaintenance == null ? null : new WinterMaintenance(
                amount(document.winterMaintenance.budget), amount(document.winterMaintenance.netCost));
        List<InvestmentOverrun> investments = document.investments == null ? List.of() : document.investments.stream()
                .map(investment -> new InvestmentOverrun(investment.name, amount(investment.decidedNetInvestment),
                        amount(investment.forecastNetInvestment))).toList();
        EconomyFigures figures = new EconomyFigures(BoardReport.valueOf(document.report), amount(document.netFrame),
                amount(document.budgetTurnover), amount(document.netCostOutcome), amount(document.netCostForecast),
                amount(document.equityBroughtForward), winter, investments, document.actionPlanFollowUp);
        return new SubmittedReport(document.boardOrganisationId, document.year, figures, document.firstSubmittedAt,
                document.lastSubmittedAt, document.submittedBy, document.submittedByOrganisation, document.version);
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
