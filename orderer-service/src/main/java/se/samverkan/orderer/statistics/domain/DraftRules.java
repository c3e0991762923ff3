package se.samverkan.orderer.statistics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * The rules a draft of a statistics specification keeps, each measure on its own and the
 * measures together. Every broken rule is reported at once, each on the field an official
 * would correct ({@code measures[2].volumeMeasure}).
 */
final class DraftRules {

    static final int MAX_MEASURES = 200;
    static final int MAX_AGE_BANDS = 20;
    static final int NAME_MAX = 200;
    static final int DEFINITION_MAX = 2000;
    static final int UNIT_MAX = 40;
    static final int SOURCE_SYSTEM_MAX = 200;
    static final int MAX_DECIMALS = 6;
    static final BigDecimal LIMIT = new BigDecimal("1000000000000");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    private DraftRules() {
    }

    sealed interface Result {
        record Valid(SpecificationContent content) implements Result {
        }

        record Invalid(List<Violation> violations) implements Result {
        }
    }

    static Result check(DraftInput input, List<PublishedVersion> published) {
        Violations violations = new Violations();
        LocalDate validFrom = validFrom(input.validFrom(), published, violations);
        List<AgeBand> ageBands = ageBands(input.ageBands(), violations);
        List<MeasureInput> inputs = input.measures() == null ? List.of() : input.measures();
        if (inputs.size() > MAX_MEASURES) {
            violations.add("measures", "max-size", "En specifikation får ha högst " + MAX_MEASURES + " mått, inte "
                    + inputs.size() + ".");
            return new Result.Invalid(violations.list());
        }
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            measure(inputs.get(i), i, violations).ifPresent(measures::add);
        }
        codesAreUnique(inputs, violations);
        productivityRelatesAVolumeAndAResourceOfThisSpecification(inputs, violations);
        anAgeBreakdownNeedsAgeBands(inputs, input.ageBands(), violations);
        codesKeepTheirCategoryAndValueType(inputs, published, violations);
        if (!violations.isEmpty()) {
            return new Result.Invalid(violations.list());
        }
        return new Result.Valid(new SpecificationContent(validFrom, ageBands, measures));
    }

    /** A new version applies from a later day than the version before it, so versions never overlap. */
    private static LocalDate validFrom(String text, List<PublishedVersion> published, Violations violations) {
        LocalDate date = violations.date("validFrom", text, false);
        if (date != null && !published.isEmpty()) {
            PublishedVersion latest = published.get(published.size() - 1);
            if (!date.isAfter(latest.content().validFrom())) {
                violations.add("validFrom", "after-previous-version", "Version " + latest.version() + " gäller från "
                        + latest.content().validFrom() + ". En ny version måste gälla från ett senare datum än så.");
            }
        }
        return date;
    }

    private static List<AgeBand> ageBands(List<String> texts, Violations violations) {
        if (texts == null || texts.isEmpty()) {
            return List.of();
        }
        if (texts.size() > MAX_AGE_BANDS) {
            violations.add("ageBands", "max-size", "Ange högst " + MAX_AGE_BANDS + " åldersgrupper.");
            return List.of();
        }
        List<AgeBand> bands = new ArrayList<>();
        AgeBand previous = null;
        for (int i = 0; i < texts.size(); i++) {
            String field = "ageBands[" + i + "]";
            AgeBand band = AgeBand.parse(texts.get(i)).orElse(null);
            if (band == null) {
                violations.add(field, "format", "Åldersgruppen '" + texts.get(i) + "' ska skrivas som 65-79 (båda "
                        + "åldrarna ingår) eller, för den sista gruppen, 90- (och äldre).");
            } else if (previous != null && previous.isOpen()) {
                violations.add(field, "order", "Bara den sista åldersgruppen får vara öppen uppåt, som '"
                        + previous + "'.");
            } else if (previous != null && band.from() <= previous.to()) {
                violations.add(field, "order", "Åldersgrupperna ska stå i stigande ordning utan att överlappa: '"
                        + band + "' börjar innan '" + previous + "' slutar.");
            }
            if (band != null) {
                bands.add(band);
                previous = band;
            }
        }
        return bands;
    }

    private static Optional<Measure> measure(MeasureInput input, int index, Violations all) {
        String p = "measures[" + index + "]";
        if (input == null) {
            all.add(p, "required", "Mått nummer " + (index + 1) + " är tomt.");
            return Optional.empty();
        }
        Violations violations = new Violations();
        String code = null;
        if (violations.require(p + ".code", input.code())) {
            code = input.code().strip();
            if (!CODE.matcher(code).matches()) {
                violations.add(p + ".code", "format", "Koden '" + input.code() + "' ska vara 2–60 tecken: versaler "
                        + "A–Z, siffror och understreck, först en bokstav (t.ex. HOME_CARE_HOURS_PERFORMED).");
            }
        }
        if (violations.require(p + ".name", input.name())) {
            violations.maxLength(p + ".name", input.name(), NAME_MAX);
        }
        violations.maxLength(p + ".definition", input.definition(), DEFINITION_MAX);
        MeasureCategory category = violations.oneOf(MeasureCategory.class, p + ".category", input.category(), true);
        ValueType valueType = violations.oneOf(ValueType.class, p + ".valueType", input.valueType(), true);
        Frequency frequency = violations.oneOf(Frequency.class, p + ".frequency", input.frequency(), true);
        String unit = blankToNull(input.unit());
        if (valueType != null && valueType.hasUnit()) {
            if (violations.require(p + ".unit", input.unit())) {
                violations.maxLength(p + ".unit", input.unit(), UNIT_MAX);
            }
        } else if (valueType != null && unit != null) {
            violations.add(p + ".unit", "not-applicable", "Ett mått av värdetypen " + valueType + " har ingen enhet; "
                    + "lämna 'unit' tomt.");
        }
        List<Breakdown> breakdowns = breakdowns(input.breakdowns(), p, violations);
        BigDecimal[] bounds = bounds(input.minValue(), input.maxValue(), valueType, p, violations);
        boolean respondents = Boolean.TRUE.equals(input.reportsRespondents());
        boolean responseRate = Boolean.TRUE.equals(input.reportsResponseRate());
        if (category == MeasureCategory.USER_SURVEY) {
            if (!respondents) {
                violations.add(p + ".reportsRespondents", "user-survey-response", "Ett resultat från en "
                        + "brukarundersökning ska redovisas med antalet svarande: sätt 'reportsRespondents' till true.");
            }
            if (!responseRate) {
                violations.add(p + ".reportsResponseRate", "user-survey-response", "Ett resultat från en "
                        + "brukarundersökning ska redovisas med svarsfrekvensen: sätt 'reportsResponseRate' till true.");
            }
        } else if (category != null) {
            notApplicable(respondents, p + ".reportsRespondents", "antal svarande", violations);
            notApplicable(responseRate, p + ".reportsResponseRate", "svarsfrekvens", violations);
        }
        String volume = blankToNull(input.volumeMeasure());
        String resource = blankToNull(input.resourceMeasure());
        if (category == MeasureCategory.PRODUCTIVITY) {
            violations.require(p + ".volumeMeasure", input.volumeMeasure());
            violations.require(p + ".resourceMeasure", input.resourceMeasure());
        } else if (category != null) {
            if (volume != null) {
                violations.add(p + ".volumeMeasure", "not-applicable", "Bara ett produktivitetsmått relaterar en volym.");
            }
            if (resource != null) {
                violations.add(p + ".resourceMeasure", "not-applicable",
                        "Bara ett produktivitetsmått relaterar en resurs.");
            }
        }
        violations.maxLength(p + ".sourceSystem", input.sourceSystem(), SOURCE_SYSTEM_MAX);
        if (!violations.isEmpty()) {
            violations.list().forEach(v -> all.add(v.field(), v.rule(), v.message()));
            return Optional.empty();
        }
        return Optional.of(new Measure(code, input.name().strip(), blankToNull(input.definition()), category,
                valueType, valueType.hasUnit() ? unit : null, frequency, input.required() == null || input.required(),
                breakdowns, bounds[0], bounds[1], respondents, responseRate, volume, resource,
                blankToNull(input.sourceSystem())));
    }

    private static List<Breakdown> breakdowns(List<String> codes, String p, Violations violations) {
        if (codes == null) {
            return List.of();
        }
        Set<Breakdown> found = new LinkedHashSet<>();
        for (int k = 0; k < codes.size(); k++) {
            String field = p + ".breakdowns[" + k + "]";
            Breakdown breakdown = violations.oneOf(Breakdown.class, field, codes.get(k), true);
            if (breakdown != null && !found.add(breakdown)) {
                violations.add(field, "unique", "Uppdelningen " + breakdown + " står redan på måttet.");
            }
        }
        return found.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * The range a reported value must lie in. A count is a whole number, 0 or more; a percentage
     * lies between 0 and 100 (both filled in when the board gives none); a text has no range.
     */
    private static BigDecimal[] bounds(BigDecimal min, BigDecimal max, ValueType valueType, String p,
                                       Violations violations) {
        boolean readable = readable(min, p + ".minValue", violations) & readable(max, p + ".maxValue", violations);
        if (!readable || valueType == null) {
            return new BigDecimal[] {null, null};
        }
        if (valueType == ValueType.TEXT) {
            if (min != null) {
                violations.add(p + ".minValue", "not-applicable", "En text har inget lägsta värde.");
            }
            if (max != null) {
                violations.add(p + ".maxValue", "not-applicable", "En text har inget högsta värde.");
            }
            return new BigDecimal[] {null, null};
        }
        boolean inRange = true;
        if (valueType == ValueType.COUNT) {
            inRange = countBound(min, p + ".minValue", violations) & countBound(max, p + ".maxValue", violations);
            min = min == null ? BigDecimal.ZERO : min;
        } else if (valueType == ValueType.PERCENT) {
            inRange = percentBound(min, p + ".minValue", violations) & percentBound(max, p + ".maxValue", violations);
            min = min == null ? BigDecimal.ZERO : min;
            max = max == null ? HUNDRED : max;
        }
        if (inRange && min != null && max != null && min.compareTo(max) > 0) {
            violations.add(p + ".minValue", "min-max", "Det lägsta värdet " + min.toPlainString()
                    + " är större än det högsta, " + max.toPlainString() + ".");
        }
        return new BigDecimal[] {plain(min), plain(max)};
    }

    private static boolean readable(BigDecimal value, String field, Violations violations) {
        if (value != null && (value.abs().compareTo(LIMIT) > 0 || value.stripTrailingZeros().scale() > MAX_DECIMALS)) {
            violations.add(field, "range", "Ett gränsvärde får vara högst 1 000 000 000 000 till beloppet och ha högst "
                    + MAX_DECIMALS + " decimaler.");
            return false;
        }
        return true;
    }

    private static boolean countBound(BigDecimal value, String field, Violations violations) {
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            violations.add(field, "count-bounds", "Ett antal är ett heltal, 0 eller mer; " + value.toPlainString()
                    + " kan inte vara en gräns för det.");
            return false;
        }
        return true;
    }

    private static boolean percentBound(BigDecimal value, String field, Violations violations) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            violations.add(field, "percent-bounds", "En andel i procent ligger mellan 0 och 100; "
                    + value.toPlainString() + " gör inte det.");
            return false;
        }
        return true;
    }

    private static void codesAreUnique(List<MeasureInput> inputs, Violations violations) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String code = inputs.get(i) == null ? null : blankToNull(inputs.get(i).code());
            if (code == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(code, i);
            if (earlier != null) {
                violations.add("measures[" + i + "].code", "unique", "Koden '" + code + "' används redan av mått nummer "
                        + (earlier + 1) + ". Varje mått i en specifikation har en egen kod.");
            }
        }
    }

    /** Productivity relates volumes to resources (003): both named measures are in this specification. */
    private static void productivityRelatesAVolumeAndAResourceOfThisSpecification(List<MeasureInput> inputs,
                                                                                   Violations violations) {
        Map<String, Optional<MeasureCategory>> categories = new HashMap<>();
        for (MeasureInput input : inputs) {
            String code = input == null ? null : blankToNull(input.code());
            if (code != null) {
                categories.putIfAbsent(code, MeasureCategory.parse(input.category()));
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            MeasureInput input = inputs.get(i);
            if (input == null || MeasureCategory.parse(input.category()).orElse(null) != MeasureCategory.PRODUCTIVITY) {
                continue;
            }
            related("measures[" + i + "].volumeMeasure", input.volumeMeasure(), MeasureCategory.VOLUME, "en volym",
                    categories, violations);
            related("measures[" + i + "].resourceMeasure", input.resourceMeasure(), MeasureCategory.RESOURCE,
                    "en resurs", categories, violations);
        }
    }

    private static void related(String field, String reference, MeasureCategory wanted, String what,
                                Map<String, Optional<MeasureCategory>> categories, Violations violations) {
        String code = blankToNull(reference);
        if (code == null) {
            return;
        }
        Optional<MeasureCategory> category = categories.get(code);
        if (category == null) {
            violations.add(field, "productivity-reference", "Det finns inget mått med koden '" + code + "' i "
                    + "specifikationen. Ett produktivitetsmått relaterar " + what + " i samma specifikation.");
        } else if (category.isPresent() && category.get() != wanted) {
            violations.add(field, "productivity-reference", "Måttet '" + code + "' har kategorin " + category.get()
                    + ", men ett produktivitetsmått relaterar " + what + " (" + wanted + ").");
        }
    }

    private static void anAgeBreakdownNeedsAgeBands(List<MeasureInput> inputs, List<String> ageBands,
                                                    Violations violations) {
        if (ageBands != null && !ageBands.isEmpty()) {
            return;
        }
        inputs.stream().filter(input -> input != null && input.breakdowns() != null
                        && input.breakdowns().stream().anyMatch(code -> Breakdown.parse(code).orElse(null) == Breakdown.AGE_BAND))
                .findFirst().ifPresent(input -> violations.add("ageBands", "required", "Måttet '" + input.code()
                        + "' delas upp på åldersgrupp (AGE_BAND): ange specifikationens åldersgrupper, "
                        + "t.ex. [\"0-64\", \"65-79\", \"80-89\", \"90-\"]."));
    }

    /**
     * A code names one figure for good: providers and comparisons over the years rely on it, so a
     * code used in a published version keeps its category and value type in the next.
     */
    private static void codesKeepTheirCategoryAndValueType(List<MeasureInput> inputs, List<PublishedVersion> published,
                                                           Violations violations) {
        for (int i = 0; i < inputs.size(); i++) {
            MeasureInput input = inputs.get(i);
            String code = input == null ? null : blankToNull(input.code());
            if (code == null) {
                continue;
            }
            for (int v = published.size() - 1; v >= 0; v--) {
                PublishedVersion version = published.get(v);
                Optional<Measure> before = version.content().measure(code);
                if (before.isEmpty()) {
                    continue;
                }
                MeasureCategory category = MeasureCategory.parse(input.category()).orElse(null);
                ValueType valueType = ValueType.parse(input.valueType()).orElse(null);
                if (category != null && category != before.get().category()) {
                    violations.add("measures[" + i + "].category", "stable-code", stableCode(code, "kategorin "
                            + before.get().category(), version));
                }
                if (valueType != null && valueType != before.get().valueType()) {
                    violations.add("measures[" + i + "].valueType", "stable-code", stableCode(code, "värdetypen "
                            + before.get().valueType(), version));
                }
                break;
            }
        }
    }

    private static String stableCode(String code, String what, PublishedVersion version) {
        return "Koden '" + code + "' har " + what + " i version " + version.version() + ". En kod behåller sin kategori "
                + "och värdetyp mellan versionerna, så att resultaten går att jämföra över åren; ge måttet en ny kod.";
    }

    private static void notApplicable(boolean set, String field, String what, Violations violations) {
        if (set) {
            violations.add(field, "not-applicable", "Bara ett mått ur en brukarundersökning (USER_SURVEY) redovisas med "
                    + what + ".");
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
