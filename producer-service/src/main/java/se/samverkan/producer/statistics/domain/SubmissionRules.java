package se.samverkan.producer.statistics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * The rules a unit's statistics for a period must keep, checked against the board's statistics
 * specification in force and the provider's agreements. Every broken rule is listed at once,
 * each with its field and a rule name a client can test on.
 */
public final class SubmissionRules {

    static final int MAX_VALUES = 200;
    static final int TEXT_MAX = 2000;
    static final int AREA_MAX = 200;
    static final int COMMENT_MAX = 2000;
    static final int MAX_RESPONDENTS = 10_000_000;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");
    private static final int MAX_DECIMALS = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> GENDER_KEYS = List.of("K", "M", "T");

    private SubmissionRules() {
    }

    /** What checking a submission comes to. */
    public sealed interface Check {
        record Accepted(ReportingUnit unit, ReportingPeriod period, SpecificationVersion specification,
                        List<ReportedValue> values) implements Check {
        }

        record Rejected(List<Violation> violations) implements Check {
        }
    }

    /**
     * @param units          the provider's units
     * @param agreements     the provider's agreements
     * @param specifications every published version of every board's specification (any service area)
     */
    public static Check check(List<ReportingUnit> units, List<Agreement> agreements,
                              List<SpecificationVersion> specifications, String unitId, String periodText,
                              List<ValueInput> values, String comment) {
        Violations violations = new Violations();
        ReportingUnit unit = null;
        if (violations.require("unitId", unitId)) {
            unit = units.stream().filter(candidate -> candidate.unitId().equals(unitId.strip())).findFirst().orElse(null);
            if (unit == null) {
                violations.add("unitId", "unit-of-provider", "Enheten '" + unitId + "' hör inte till utföraren.");
            }
        }
        ReportingPeriod period = null;
        if (violations.require("period", periodText)) {
            period = ReportingPeriod.parse(periodText).orElse(null);
            if (period == null) {
                violations.add("period", "format", "Perioden '" + periodText + "' ska skrivas som en månad (2027-03),"
                        + " ett kvartal (2027-Q1) eller ett år (2027), mellan " + ReportingPeriod.FIRST_YEAR + " och "
                        + ReportingPeriod.LAST_YEAR + ".");
            }
        }
        violations.maxLength("comment", comment, COMMENT_MAX);
        SpecificationVersion specification = null;
        if (unit != null && period != null) {
            ReportingUnit reporting = unit;
            ReportingPeriod reported = period;
            List<Agreement> covering = agreements.stream().filter(agreement -> agreement.covers(reporting.serviceArea(),
                    reported)).sorted(Comparator.comparing(Agreement::boardOrganisationId)).toList();
            if (covering.isEmpty()) {
                violations.add("period", "in-agreement", "Enheten " + unit.name() + " omfattas inte av något avtal"
                        + " för verksamhetsområdet " + unit.serviceArea() + " under perioden " + period
                        + ": utföraren har inget undertecknat avtal som gäller då.");
            } else {
                specification = covering.stream().map(agreement -> inForce(specifications, agreement, reporting,
                        reported)).flatMap(Optional::stream).findFirst().orElse(null);
                if (specification == null) {
                    violations.add("period", "specification-in-force", "Det finns ingen statistikspecifikation för"
                            + " verksamhetsområdet " + unit.serviceArea() + " som gäller perioden " + period
                            + ": nämnden har inte publicerat vad som ska rapporteras.");
                }
            }
        }
        List<ReportedValue> reportedValues = new ArrayList<>();
        List<ValueInput> given = values == null ? List.of() : values;
        if (given.size() > MAX_VALUES) {
            violations.add("values", "max-size", "Högst " + MAX_VALUES + " mått kan rapporteras på en gång.");
        } else if (specification != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                ReportedValue checked = checkValue(violations, "values[" + i + "]", given.get(i), specification, period,
                        seen);
                if (checked != null) {
                    reportedValues.add(checked);
                }
            }
            for (Measure measure : specification.measures()) {
                if (measure.isOwedBy(period.frequency()) && !seen.contains(measure.code())) {
                    violations.add("values", "required-measure", "Måttet " + measure.code() + " (" + measure.name()
                            + ") ska rapporteras för perioden " + period + ".");
                }
            }
        }
        if (!violations.isEmpty()) {
            return new Check.Rejected(violations.list());
        }
        return new Check.Accepted(unit, period, specification, List.copyOf(reportedValues));
    }

    private static Optional<SpecificationVersion> inForce(List<SpecificationVersion> specifications, Agreement agreement,
                                                          ReportingUnit unit, ReportingPeriod period) {
        return SpecificationVersion.inForce(specifications.stream()
                .filter(version -> version.boardId().equals(agreement.boardId())
                        && version.serviceArea().equals(unit.serviceArea())).toList(), period);
    }

    private static ReportedValue checkValue(Violations violations, String field, ValueInput input,
                                            SpecificationVersion specification, ReportingPeriod period, Set<String> seen) {
        if (input == null) {
            violations.add(field, "required", "Fältet '" + field + "' måste anges.");
            return null;
        }
        if (!violations.require(field + ".measure", input.measure())) {
            return null;
        }
        String code = input.measure().strip();
        Measure measure = specification.measure(code).orElse(null);
        if (measure == null) {
            violations.add(field + ".measure", "unknown-measure", "Måttet '" + code + "' finns inte i "
                    + "statistikspecifikationen (version " + specification.version() + ").");
            return null;
        }
        if (!seen.add(code)) {
            violations.add(field + ".measure", "unique", "Måttet " + code + " rapporteras mer än en gång.");
            return null;
        }
        int before = violations.list().size();
        if (measure.frequency() != period.frequency()) {
            violations.add(field + ".measure", "frequency", "Måttet " + code + " rapporteras "
                    + measure.frequency().label() + ", inte för perioden " + period + ".");
        }
        if (!measure.reportedByProvider()) {
            violations.add(field + ".measure", "source-system", "Måttet " + code + " hämtas från "
                    + measure.sourceSystem() + " och rapporteras inte av utföraren.");
        }
        if (measure.valueType() == ValueType.TEXT) {
            if (input.value() != null) {
                violations.add(field + ".value", "not-applicable", "Måttet " + code + " är en text; ange 'text', inte 'value'.");
            }
            if (violations.require(field + ".text", input.text())) {
                violations.maxLength(field + ".text", input.text(), TEXT_MAX);
            }
        } else {
            if (input.text() != null) {
                violations.add(field + ".text", "not-applicable", "Måttet " + code + " är ett tal; ange 'value', inte 'text'.");
            }
            if (input.value() == null) {
                violations.add(field + ".value", "required", "Fältet '" + field + ".value' måste anges.");
            } else if (number(violations, field + ".value", input.value(), measure.valueType())) {
                bounds(violations, field + ".value", input.value(), measure);
            }
        }
        gender(violations, field, input, measure);
        ageBands(violations, field, input, measure, specification.ageBands());
        areas(violations, field, input, measure);
        Integer respondents = survey(violations, field, input, measure);
        if (violations.list().size() > before) {
            return null;
        }
        return new ReportedValue(code, measure.valueType(), input.value(),
                input.text() == null ? null : input.text().strip(), input.byGender(), input.byAgeBand(), areaMap(input),
                respondents, input.responseRate());
    }

    /** The type rules of any figure; false when one is broken. */
    private static boolean number(Violations violations, String field, BigDecimal value, ValueType type) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            violations.add(field, "range", "Värdet i '" + field + "' är för stort (högst 10^12).");
            return false;
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            violations.add(field, "decimals", "Värdet i '" + field + "' får ha högst " + MAX_DECIMALS + " decimaler.");
            return false;
        }
        boolean ok = true;
        if (type == ValueType.COUNT) {
            if (value.signum() < 0) {
                violations.add(field, "not-negative", "Ett antal kan inte vara negativt ('" + field + "' är "
                        + value.toPlainString() + ").");
                ok = false;
            }
            if (value.stripTrailingZeros().scale() > 0) {
                violations.add(field, "whole-number", "Ett antal ska vara ett heltal ('" + field + "' är "
                        + value.toPlainString() + ").");
                ok = false;
            }
        }
        if (type == ValueType.PERCENT && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            violations.add(field, "percent-range", "En andel i procent ska ligga mellan 0 och 100 ('" + field + "' är "
                    + value.toPlainString() + ").");
            ok = false;
        }
        return ok;
    }

    private static void bounds(Violations violations, String field, BigDecimal value, Measure measure) {
        if (measure.minValue() != null && value.compareTo(measure.minValue()) < 0) {
            violations.add(field, "min-value", "Värdet " + value.toPlainString() + " är lägre än måttets minsta tillåtna "
                    + "värde " + measure.minValue().toPlainString() + ".");
        }
        if (measure.maxValue() != null && value.compareTo(measure.maxValue()) > 0) {
            violations.add(field, "max-value", "Värdet " + value.toPlainString() + " är högre än måttets högsta tillåtna "
                    + "värde " + measure.maxValue().toPlainString() + ".");
        }
    }

    private static void gender(Violations violations, String field, ValueInput input, Measure measure) {
        Map<String, BigDecimal> byGender = input.byGender();
        String at = field + ".byGender";
        if (!measure.isBrokenDownBy(Breakdown.GENDER)) {
            if (byGender != null && !byGender.isEmpty()) {
                violations.add(at, "not-applicable", "Måttet " + measure.code() + " redovisas inte per kön.");
            }
            return;
        }
        if (measure.valueType() == ValueType.TEXT) {
            return;
        }
        Map<String, BigDecimal> given = byGender == null ? Map.of() : byGender;
        boolean numbersOk = true;
        for (Map.Entry<String, BigDecimal> entry : given.entrySet()) {
            if (!GENDER_KEYS.contains(entry.getKey())) {
                violations.add(at + "." + entry.getKey(), "one-of", "Okänd könsuppdelning '" + entry.getKey()
                        + "'. Tillåtna: K (kvinnor), M (män), T (totalt).");
                numbersOk = false;
            } else if (entry.getValue() != null) {
                numbersOk &= number(violations, at + "." + entry.getKey(), entry.getValue(), measure.valueType());
            }
        }
        BigDecimal women = given.get("K");
        BigDecimal men = given.get("M");
        BigDecimal total = given.get("T");
        if (women == null) {
            violations.add(at + ".K", "required", "Måttet " + measure.code() + " redovisas per kön: ange kvinnor (K).");
        }
        if (men == null) {
            violations.add(at + ".M", "required", "Måttet " + measure.code() + " redovisas per kön: ange män (M).");
        }
        if (!numbersOk) {
            return;
        }
        if (women != null && men != null && total != null && women.add(men).compareTo(total) != 0) {
            violations.add(at, "gender-sum", "Kvinnor och män ska tillsammans bli totalt: " + women.toPlainString()
                    + " + " + men.toPlainString() + " är inte " + total.toPlainString() + ".");
        }
        if (total != null && input.value() != null && total.compareTo(input.value()) != 0) {
            violations.add(at + ".T", "gender-total", "Totalt per kön (" + total.toPlainString()
                    + ") ska vara samma som måttets värde (" + input.value().toPlainString() + ").");
        }
    }

    private static void ageBands(Violations violations, String field, ValueInput input, Measure measure,
                                 List<String> bands) {
        Map<String, BigDecimal> byAgeBand = input.byAgeBand();
        String at = field + ".byAgeBand";
        if (!measure.isBrokenDownBy(Breakdown.AGE_BAND)) {
            if (byAgeBand != null && !byAgeBand.isEmpty()) {
                violations.add(at, "not-applicable", "Måttet " + measure.code() + " redovisas inte per åldersgrupp.");
            }
            return;
        }
        if (measure.valueType() == ValueType.TEXT) {
            return;
        }
        Map<String, BigDecimal> given = byAgeBand == null ? Map.of() : byAgeBand;
        for (Map.Entry<String, BigDecimal> entry : given.entrySet()) {
            if (!bands.contains(entry.getKey())) {
                violations.add(at + "." + entry.getKey(), "age-band", "Åldersgruppen '" + entry.getKey()
                        + "' finns inte i specifikationen. Åldersgrupperna är " + String.join(", ", bands) + ".");
            } else if (entry.getValue() != null) {
                number(violations, at + "." + entry.getKey(), entry.getValue(), measure.valueType());
            }
        }
        for (String band : bands) {
            if (given.get(band) == null) {
                violations.add(at + "." + band, "required", "Måttet " + measure.code()
                        + " redovisas per åldersgrupp: ange åldersgruppen " + band + ".");
            }
        }
    }

    private static void areas(Violations violations, String field, ValueInput input, Measure measure) {
        Map<String, BigDecimal> byArea = input.byArea();
        String at = field + ".byArea";
        if (!measure.isBrokenDownBy(Breakdown.AREA)) {
            if (byArea != null && !byArea.isEmpty()) {
                violations.add(at, "not-applicable", "Måttet " + measure.code() + " redovisas inte per område.");
            }
            return;
        }
        if (measure.valueType() == ValueType.TEXT) {
            return;
        }
        if (byArea == null || byArea.isEmpty()) {
            violations.add(at, "required", "Måttet " + measure.code() + " redovisas per område: ange minst ett område.");
            return;
        }
        for (Map.Entry<String, BigDecimal> entry : byArea.entrySet()) {
            String area = entry.getKey();
            if (area.isBlank() || area.strip().length() > AREA_MAX) {
                violations.add(at, "format", "Ett område ska ha ett namn på 1–" + AREA_MAX + " tecken.");
            } else if (entry.getValue() == null) {
                violations.add(at + "." + area, "required", "Ange ett värde för området " + area + ".");
            } else {
                number(violations, at + "." + area, entry.getValue(), measure.valueType());
            }
        }
    }

    private static Map<String, BigDecimal> areaMap(ValueInput input) {
        if (input.byArea() == null) {
            return Map.of();
        }
        Map<String, BigDecimal> stripped = new LinkedHashMap<>();
        input.byArea().forEach((area, value) -> stripped.put(area.strip(), value));
        return stripped;
    }

    private static Integer survey(Violations violations, String field, ValueInput input, Measure measure) {
        Integer respondents = null;
        if (measure.reportsRespondents()) {
            if (input.respondents() == null) {
                violations.add(field + ".respondents", "required", "Måttet " + measure.code()
                        + " är en brukarundersökning: ange antalet svarande.");
            } else if (number(violations, field + ".respondents", input.respondents(), ValueType.COUNT)) {
                if (input.respondents().compareTo(BigDecimal.valueOf(MAX_RESPONDENTS)) > 0) {
                    violations.add(field + ".respondents", "range", "Antalet svarande får vara högst "
                            + MAX_RESPONDENTS + ".");
                } else {
                    respondents = input.respondents().intValueExact();
                }
            }
        } else if (input.respondents() != null) {
            violations.add(field + ".respondents", "not-applicable", "Måttet " + measure.code()
                    + " redovisas utan antal svarande.");
        }
        if (measure.reportsResponseRate()) {
            if (input.responseRate() == null) {
                violations.add(field + ".responseRate", "required", "Måttet " + measure.code()
                        + " är en brukarundersökning: ange svarsfrekvensen i procent.");
            } else {
                number(violations, field + ".responseRate", input.responseRate(), ValueType.PERCENT);
            }
        } else if (input.responseRate() != null) {
            violations.add(field + ".responseRate", "not-applicable", "Måttet " + measure.code()
                    + " redovisas utan svarsfrekvens.");
        }
        return respondents;
    }
}
