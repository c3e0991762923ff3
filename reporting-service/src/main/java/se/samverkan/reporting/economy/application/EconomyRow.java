package se.samverkan.reporting.economy.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * One board's economy for a year as a flat row, for exports (one row per board, amounts in
 * kronor with two decimals, absent figures null). {@link #HEADERS} names the columns in Swedish in
 * the order of the components.
 *
 * @param resultBasis {@code OUTCOME} (the year's accounts), {@code FORECAST} (a full-year forecast) or null
 * @param flags       the broken rules' codes, separated by {@code ;}
 */
public record EconomyRow(int year, String boardOrganisationId, String boardShortName, String boardName,
                         String latestReport, BigDecimal netFrame, BigDecimal budgetTurnover,
                         BigDecimal netCostOutcome, String resultBasis, BigDecimal yearNetCost, BigDecimal result,
                         BigDecimal balancedResult, BigDecimal equityBroughtForward, BigDecimal equityCarriedForward,
                         BigDecimal equityCap, int flagCount, String flags) {

    public static final List<String> HEADERS = List.of("År", "Nämnd (organisation)", "Förkortning", "Nämnd",
            "Senaste rapport", "Nettoram", "Budgetomslutning", "Utfall nettokostnad hittills", "Resultatets grund",
            "Nettokostnad helår", "Resultat", "Balanserat resultat", "Eget kapital ingående", "Eget kapital utgående",
            "Tak för eget kapital (3 %)", "Antal flaggor", "Flaggor");
}
