package se.samverkan.reporting.financeexport.application;

import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.economy.application.BoardEconomyReports;
import se.samverkan.reporting.economy.application.EconomyRow;
import se.samverkan.reporting.financeexport.domain.ExportTable;
import se.samverkan.reporting.financeexport.domain.TableLayout;

/**
 * The boards' economy for a year, one row per board as the economy report judges it: net frame,
 * result on the year's outcome or latest forecast, equity against its 3 % cap and the rules broken.
 */
@Component
class BoardEconomyExport implements ExportSource {

    static final TableLayout<EconomyRow> LAYOUT = TableLayout.<EconomyRow>of("board-economy", "Nämndernas ekonomi")
            .integer("year", "År", EconomyRow::year)
            .text("boardOrganisationId", "Nämnd-id", EconomyRow::boardOrganisationId)
            .text("boardShortName", "Förkortning", EconomyRow::boardShortName)
            .text("boardName", "Nämnd", EconomyRow::boardName)
            .text("latestReport", "Senaste rapport", EconomyRow::latestReport)
            .amount("netFrame", "Nettoram", EconomyRow::netFrame)
            .amount("budgetTurnover", "Budgetomslutning", EconomyRow::budgetTurnover)
            .amount("netCostOutcome", "Utfall nettokostnad hittills", EconomyRow::netCostOutcome)
            .text("resultBasis", "Resultatets grund", row -> row.resultBasis() == null ? null
                    : row.resultBasis().equals("OUTCOME") ? "Utfall" : "Prognos")
            .amount("yearNetCost", "Nettokostnad helår", EconomyRow::yearNetCost)
            .amount("result", "Resultat", EconomyRow::result)
            .amount("balancedResult", "Balanserat resultat", EconomyRow::balancedResult)
            .amount("equityBroughtForward", "Eget kapital ingående", EconomyRow::equityBroughtForward)
            .amount("equityCarriedForward", "Eget kapital utgående", EconomyRow::equityCarriedForward)
            .amount("equityCap", "Tak för eget kapital (3 %)", EconomyRow::equityCap)
            .integer("flagCount", "Antal flaggor", EconomyRow::flagCount)
            .text("flags", "Flaggor", EconomyRow::flags);

    private final BoardEconomyReports economy;

    BoardEconomyExport(BoardEconomyReports economy) {
        this.economy = economy;
    }

    @Override
    public String name() {
        return LAYOUT.name();
    }

    @Override
    public Set<ExportRequest.Parameter> parameters() {
        return Set.of(ExportRequest.Parameter.YEAR);
    }

    @Override
    public String fileName(ExportRequest request) {
        return "namndernas-ekonomi-" + request.year();
    }

    @Override
    public ExportTable table(Caller caller, ExportRequest request) {
        return LAYOUT.table(economy.table(request.requiredYear(), caller));
    }
}
