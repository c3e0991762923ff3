package se.samverkan.reporting.financeexport.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query parameters of an export; which ones a table needs, it says itself
 * ({@link ExportSource#parameters()}).
 *
 * @param year          the calendar or fiscal year, 2000-2100
 * @param mandatePeriod the council's mandate period, written as 2023-2026
 */
public record ExportRequest(Integer year, String mandatePeriod) {

    public enum Parameter {
        YEAR("year", "Ange året som 'year', t.ex. year=2026."),
        MANDATE_PERIOD("mandatePeriod", "Ange mandatperioden som 'mandatePeriod', t.ex. mandatePeriod=2023-2026.");

        private final String field;
        private final String missing;

        Parameter(String field, String missing) {
            this.field = field;
            this.missing = missing;
        }

        public String field() {
            return field;
        }

        String missing() {
            return missing;
        }
    }

    /** The year; only for a table that requires it, after validation. */
    public int requiredYear() {
        return year;
    }

    /** The parameters that were given, by their query names, for the JSON export. */
    public Map<String, Object> given() {
        Map<String, Object> given = new LinkedHashMap<>();
        if (year != null) {
            given.put(Parameter.YEAR.field(), year);
        }
        if (mandatePeriod != null) {
            given.put(Parameter.MANDATE_PERIOD.field(), mandatePeriod);
        }
        return given;
    }
}
