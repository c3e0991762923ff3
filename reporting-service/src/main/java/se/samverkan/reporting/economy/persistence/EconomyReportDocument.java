package se.samverkan.reporting.economy.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One board's report on one financial year ({@code <board>:<year>:<report>}), amounts as decimal
 * strings so no krona is rounded. The first submission's time is set once; a correction replaces
 * the figures and the last submission's time.
 */
@Document(EconomyReportDocument.COLLECTION)
class EconomyReportDocument {

    static final String COLLECTION = "board_economy_reports";

    @Id
    String id;
    @Indexed
    String boardOrganisationId;
    @Indexed
    int year;
    String report;
    String netFrame;
    String budgetTurnover;
    String netCostOutcome;
    String netCostForecast;
    String equityBroughtForward;
    WinterDocument winterMaintenance;
    List<InvestmentDocument> investments = new ArrayList<>();
    String actionPlanFollowUp;
    Instant firstSubmittedAt;
    Instant lastSubmittedAt;
    String submittedBy;
    String submittedByOrganisation;
    long version;
    int schemaVersion = 1;

    static String idOf(String board, int year, String report) {
        return board + ":" + year + ":" + report;
    }

    static class WinterDocument {
        String budget;
        String netCost;
    }

    static class InvestmentDocument {
        String name;
        String decidedNetInvestment;
        String forecastNetInvestment;
    }
}
