package se.samverkan.reporting.economy.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 004 rule 17: an investment project whose forecast overrun is more than 20 % of its decided net
 * investment, and at least 120 price base amounts (prisbasbelopp) of the year, is reported to
 * KS/KF separately for a new decision. Both conditions must hold; other overruns are reported
 * together for approval.
 *
 * @param name                 the project
 * @param decidedNetInvestment the net investment decided, above zero
 * @param forecastNetInvestment the net investment now forecast
 */
public record InvestmentOverrun(String name, BigDecimal decidedNetInvestment, BigDecimal forecastNetInvestment) {

    public static final int PERCENT = 20;
    public static final int PRICE_BASE_AMOUNTS = 120;

    public enum Assessment {
        WITHIN_DECISION("Inom beslutad nettoinvestering"),
        REPORTED_TOGETHER("Avvikelse som redovisas samlat för godkännande"),
        NEW_DECISION_NEEDED("Avvikelse som särskilt redovisas till KS/KF för förnyat beslut"),
        PRICE_BASE_AMOUNT_UNKNOWN("Kan inte prövas: prisbasbeloppet för året saknas");

        private final String label;

        Assessment(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BigDecimal overrun() {
        return forecastNetInvestment.subtract(decidedNetInvestment);
    }

    /** More than 20 % of the decided net investment. */
    public boolean aboveTwentyPercent() {
        return overrun().compareTo(Kronor.percentOf(decidedNetInvestment, PERCENT)) > 0;
    }

    /**
     * Assessed with the year's price base amount; without one, an overrun not above 20 % is still
     * known not to need a new decision, while one above it cannot be judged.
     */
    public Assessment assess(Optional<BigDecimal> priceBaseAmount) {
        if (overrun().signum() <= 0) {
            return Assessment.WITHIN_DECISION;
        }
        if (!aboveTwentyPercent()) {
            return Assessment.REPORTED_TOGETHER;
        }
        if (priceBaseAmount.isEmpty()) {
            return Assessment.PRICE_BASE_AMOUNT_UNKNOWN;
        }
        return overrun().compareTo(threshold(priceBaseAmount.get())) >= 0 ? Assessment.NEW_DECISION_NEEDED
                : Assessment.REPORTED_TOGETHER;
    }

    public static BigDecimal threshold(BigDecimal priceBaseAmount) {
        return priceBaseAmount.multiply(BigDecimal.valueOf(PRICE_BASE_AMOUNTS));
    }

    public Optional<Flag> check(Optional<BigDecimal> priceBaseAmount) {
        if (assess(priceBaseAmount) != Assessment.NEW_DECISION_NEEDED) {
            return Optional.empty();
        }
        return Optional.of(new Flag(Flag.Rule.INVESTMENT_NEEDS_NEW_DECISION, "Investeringen '" + name
                + "' beräknas bli " + Kronor.format(overrun()) + " dyrare än beslutade "
                + Kronor.format(decidedNetInvestment) + ": mer än 20 % ("
                + Kronor.format(Kronor.percentOf(decidedNetInvestment, PERCENT)) + ") och minst 120 prisbasbelopp ("
                + Kronor.format(threshold(priceBaseAmount.orElseThrow())) + "). Den ska särskilt redovisas till "
                + "KS/KF för förnyat beslut."));
    }
}
