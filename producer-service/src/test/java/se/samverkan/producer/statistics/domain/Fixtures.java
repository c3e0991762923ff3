package se.samverkan.producer.statistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A home-care specification, an agreement and a unit the rules are checked with. */
final class Fixtures {

    static final String BOARD_ID = "board-id-von";
    static final String BOARD = "board-von";
    static final String PROVIDER = "provider-1";
    static final ReportingUnit UNIT = new ReportingUnit("unit-1", "Hemtjänst Norr", "HOME_CARE", "Vallby norra",
            LocalDate.of(2026, 1, 1));
    static final List<String> BANDS = List.of("0-64", "65-79", "80-");

    static final Measure HOURS = new Measure("HOURS", "Utförda timmar", "VOLUME", ValueType.AMOUNT, Frequency.MONTHLY,
            true, EnumSet.of(Breakdown.GENDER, Breakdown.AGE_BAND), BigDecimal.ZERO, null, false, false, null);
    static final Measure STAFF = new Measure("STAFF", "Årsarbetare", "RESOURCE", ValueType.AMOUNT, Frequency.MONTHLY,
            true, EnumSet.noneOf(Breakdown.class), BigDecimal.ZERO, new BigDecimal("500"), false, false, null);
    static final Measure DEVIATIONS = new Measure("DEVIATIONS", "Avvikelser", "COMPLAINTS_AND_DEVIATIONS",
            ValueType.COUNT, Frequency.MONTHLY, false, EnumSet.of(Breakdown.AREA), BigDecimal.ZERO, null, false, false,
            null);
    static final Measure GRANTED = new Measure("GRANTED", "Beviljade timmar", "VOLUME", ValueType.AMOUNT,
            Frequency.MONTHLY, true, EnumSet.noneOf(Breakdown.class), BigDecimal.ZERO, null, false, false,
            "Biståndssystemet");
    static final Measure SATISFIED = new Measure("SATISFIED", "Andel nöjda", "USER_SURVEY", ValueType.PERCENT,
            Frequency.YEARLY, true, EnumSet.of(Breakdown.GENDER), BigDecimal.ZERO, new BigDecimal("100"), true, true,
            null);
    static final Measure COMMENT = new Measure("COMMENT", "Kommentar", "QUALITY", ValueType.TEXT, Frequency.QUARTERLY,
            true, EnumSet.noneOf(Breakdown.class), null, null, false, false, null);

    static final SpecificationVersion SPEC_V1 = new SpecificationVersion("spec-1", BOARD_ID, BOARD, "HOME_CARE", 1,
            LocalDate.of(2027, 1, 1), BANDS, List.of(HOURS, STAFF, DEVIATIONS, GRANTED, SATISFIED, COMMENT));

    static final Agreement AGREEMENT = new Agreement("agreement-1", PROVIDER, BOARD_ID, BOARD, "HOME_CARE",
            LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), null);

    private Fixtures() {
    }

    static Map<String, BigDecimal> map(Object... keysAndValues) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], new BigDecimal(keysAndValues[i + 1].toString()));
        }
        return map;
    }

    static ValueInput hours(String women, String men, String total) {
        return new ValueInput("HOURS", new BigDecimal(total), null, map("K", women, "M", men, "T", total),
                map("0-64", 10, "65-79", 20, "80-", 30), null, null, null);
    }

    static ValueInput staff(String value) {
        return new ValueInput("STAFF", new BigDecimal(value), null, null, null, null, null, null);
    }

    /** A complete, correct March 2027. */
    static List<ValueInput> goodMarch() {
        return List.of(hours("40", "20", "60"), staff("14.5"));
    }

    static SubmissionRules.Check check(String period, List<ValueInput> values) {
        return SubmissionRules.check(List.of(UNIT), List.of(AGREEMENT), List.of(SPEC_V1), UNIT.unitId(), period, values,
                null);
    }

    static Submission.Content content(Instant at) {
        return new Submission.Content(List.of(), SPEC_V1, at, at.atZone(java.time.ZoneId.of("Europe/Stockholm"))
                .toLocalDate(), "anna", null);
    }
}
