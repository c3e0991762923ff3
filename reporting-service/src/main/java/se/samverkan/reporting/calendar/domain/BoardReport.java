package se.samverkan.reporting.calendar.domain;

/**
 * The reports a board hands in to the council level for one financial year (004, "Uppföljning"
 * and "Bokslut och verksamhetsberättelse"): monthly reports per February, March, April (with a
 * full-year forecast), May and October, the interim report per August (with the goal forecast),
 * and after the year the preliminary accounts for KS in January and the annual report that KF
 * adopts in April. Declared in the order they come, so a later constant is a later word on the year.
 */
public enum BoardReport {

    MONTH_02("Månadsrapport per februari", 2, false),
    MONTH_03("Månadsrapport per mars", 3, false),
    MONTH_04("Månadsrapport per april med helårsprognos", 4, true),
    MONTH_05("Månadsrapport per maj", 5, false),
    INTERIM_08("Delårsrapport per augusti med målprognos", 8, true),
    MONTH_10("Månadsrapport per oktober", 10, false),
    PRELIMINARY_ACCOUNTS("Preliminärt bokslut (bokslutskommuniké)", 12, false),
    ANNUAL_REPORT("Verksamhetsberättelse till årsredovisningen", 12, false);

    private final String label;
    private final int throughMonth;
    private final boolean fullYearForecast;

    BoardReport(String label, int throughMonth, boolean fullYearForecast) {
        this.label = label;
        this.throughMonth = throughMonth;
        this.fullYearForecast = fullYearForecast;
    }

    /** The Swedish name, as the council's instructions call it. */
    public String label() {
        return label;
    }

    /** The last month of the financial year the report covers (the year-end reports: December). */
    public int throughMonth() {
        return throughMonth;
    }

    /** Whether the report must carry a forecast of the whole year's net cost (April and August). */
    public boolean requiresFullYearForecast() {
        return fullYearForecast;
    }

    /** The preliminary accounts and the annual report: the year's outcome, handed in after the year. */
    public boolean isYearEnd() {
        return this == PRELIMINARY_ACCOUNTS || this == ANNUAL_REPORT;
    }

    /** The interim report per August, where the board also forecasts its goal attainment. */
    public boolean carriesGoalForecast() {
        return this == INTERIM_08;
    }

    /**
     * The follow-ups of a deficit's action plan (004 rule 10): per April, per August and in the
     * annual accounts.
     */
    public boolean followsUpActionPlans() {
        return this == MONTH_04 || this == INTERIM_08 || this == ANNUAL_REPORT;
    }
}
