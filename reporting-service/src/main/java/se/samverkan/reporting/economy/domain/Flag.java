package se.samverkan.reporting.economy.domain;

/**
 * A broken economic rule, for the council level to act on: which rule and a Swedish explanation
 * with the figures it was judged on.
 */
public record Flag(Rule rule, String explanation) {

    /** The economic steering rules of 004 this service checks. */
    public enum Rule {
        /** Rule 6: a board's equity may not exceed 3 % of its budget turnover. */
        EQUITY_ABOVE_THREE_PERCENT("Eget kapital över 3 % av budgetomslutningen"),
        /** Rule 10: a deficit must be restored within three years. */
        DEFICIT_NOT_RESTORED_IN_TIME("Underskott inte återställt inom tre år"),
        /** Rule 10: the action plan is followed up per April, per August and in the annual accounts. */
        DEFICIT_FOLLOW_UP_MISSING("Uppföljning av åtgärdsplan för underskott saknas"),
        /** Rule 6: winter maintenance balances a result of at most ±15 % of its budget. */
        WINTER_MAINTENANCE_OUTSIDE_FIFTEEN_PERCENT("Vinterväghållningens resultat utanför ±15 %"),
        /** Rule 17: an overrun above 20 % and at least 120 price base amounts needs a new decision. */
        INVESTMENT_NEEDS_NEW_DECISION("Investering kräver förnyat beslut");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
