package se.samverkan.orderer.goal.domain;

import static se.samverkan.orderer.goal.domain.GoalRules.GOALS_MAX;
import static se.samverkan.orderer.goal.domain.GoalRules.INDICATORS_MAX;
import static se.samverkan.orderer.goal.domain.GoalRules.TEXT_MAX;
import static se.samverkan.orderer.goal.domain.GoalRules.TITLE_MAX;
import static se.samverkan.orderer.goal.domain.GoalRules.UNIT_MAX;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;
import se.samverkan.orderer.goal.domain.Drafts.BoardGoalDraft;
import se.samverkan.orderer.goal.domain.Drafts.IndicatorDraft;
import se.samverkan.orderer.goal.domain.Drafts.TargetDraft;

/**
 * A board's goals (nämndmål) for one mandate period: each serves a council goal of the same
 * period and is measured by indicators with a target value per year. One document per board
 * and mandate period. The goals apply to the providers working on the board's behalf too (004).
 */
public final class BoardGoals {

    /** Target values have at most this many decimals. */
    static final int DECIMALS_MAX = 4;
    /** Target values are smaller than this in magnitude (a trillion). */
    static final BigDecimal VALUE_LIMIT = new BigDecimal("1000000000000");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    static final int MEASURE_CODE_MAX = 60;
    private static final Pattern MEASURE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final BoardRef board;
    private final MandatePeriod mandatePeriod;
    private final List<BoardGoal> goals;
    private final Instant adoptedAt;
    private final Instant revisedAt;
    private final long version;

    private BoardGoals(BoardRef board, MandatePeriod mandatePeriod, List<BoardGoal> goals, Instant adoptedAt,
                       Instant revisedAt, long version) {
        this.board = Objects.requireNonNull(board);
        this.mandatePeriod = Objects.requireNonNull(mandatePeriod);
        this.goals = List.copyOf(goals);
        this.adoptedAt = Objects.requireNonNull(adoptedAt);
        this.revisedAt = revisedAt;
        this.version = version;
    }

    public static BoardGoals restore(BoardRef board, MandatePeriod mandatePeriod, List<BoardGoal> goals,
                                     Instant adoptedAt, Instant revisedAt, long version) {
        return new BoardGoals(board, mandatePeriod, goals, adoptedAt, revisedAt, version);
    }

    /**
     * The board adopts its goals for a mandate period. {@code councilGoalsOf} gives the council's
     * goals of a period, if the council has adopted them: every board goal must serve one of them.
     * Every broken rule is reported at once.
     */
    public static Adoption adopt(BoardRef board, String mandatePeriod,
                                 Function<MandatePeriod, Optional<CouncilGoals>> councilGoalsOf,
                                 List<BoardGoalDraft> goals, Instant now) {
        Violations violations = new Violations();
        MandatePeriod period = MandatePeriod.read("mandatePeriod", mandatePeriod, violations);
        CouncilGoals council = period == null ? null : councilGoalsOf.apply(period).orElse(null);
        if (period != null && council == null) {
            violations.add("mandatePeriod", "council-goals-adopted", "Kommunfullmäktige har inga mål för mandatperioden "
                    + period + ". Nämndmål utgår från KF-målen, så de måste antas först.");
        }
        List<BoardGoal> checked = goals(violations, period, council, goals, Set.of(), Set.of());
        if (!violations.isEmpty()) {
            return new Adoption.Rejected(violations.list());
        }
        return new Adoption.Adopted(new BoardGoals(board, period, checked, now, null, 0));
    }

    /**
     * The board adopts a revision of its goals, checked against the council's goals of the period
     * as they are now. A goal or indicator given with its id keeps it, so its results can be
     * followed over the years; one without is new; one left out is removed. The version goes up by one.
     */
    public Revision revise(Optional<CouncilGoals> councilGoals, List<BoardGoalDraft> goals, Instant now) {
        Violations violations = new Violations();
        CouncilGoals council = councilGoals.orElse(null);
        if (council == null) {
            violations.add("mandatePeriod", "council-goals-adopted", "Kommunfullmäktige har inga mål för mandatperioden "
                    + mandatePeriod + ". Nämndmål utgår från KF-målen.");
        }
        Set<BoardGoalId> goalIds = this.goals.stream().map(BoardGoal::id).collect(Collectors.toSet());
        Set<IndicatorId> indicatorIds = this.goals.stream().flatMap(goal -> goal.indicators().stream())
                .map(Indicator::id).collect(Collectors.toSet());
        List<BoardGoal> checked = goals(violations, mandatePeriod, council, goals, goalIds, indicatorIds);
        if (!violations.isEmpty()) {
            return new Revision.Rejected(violations.list());
        }
        return new Revision.Revised(new BoardGoals(board, mandatePeriod, checked, adoptedAt, now, version + 1));
    }

    private static List<BoardGoal> goals(Violations violations, MandatePeriod period, CouncilGoals council,
                                         List<BoardGoalDraft> drafts, Set<BoardGoalId> existingGoals,
                                         Set<IndicatorId> existingIndicators) {
        List<BoardGoal> goals = new ArrayList<>();
        if (!GoalRules.sized(violations, "goals", drafts, GOALS_MAX, "nämndmål")) {
            return goals;
        }
        Set<String> titles = new HashSet<>();
        Set<BoardGoalId> seenGoals = new HashSet<>();
        Set<IndicatorId> seenIndicators = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String field = "goals[" + i + "]";
            BoardGoalDraft draft = drafts.get(i);
            if (draft == null) {
                violations.add(field, "required", "Nämndmål nummer " + (i + 1) + " saknar innehåll.");
                continue;
            }
            Optional<BoardGoalId> id = GoalRules.keptId(violations, field + ".id", draft.id(), BoardGoalId::parse,
                    existingGoals, seenGoals, BoardGoalId::newId);
            String title = GoalRules.requiredText(violations, field + ".title", draft.title(), TITLE_MAX);
            if (title != null && !titles.add(GoalRules.key(title))) {
                violations.add(field + ".title", "unique", "Nämndmålet '" + title + "' finns redan för mandatperioden.");
            }
            String description = GoalRules.optionalText(violations, field + ".description", draft.description(),
                    TEXT_MAX);
            CouncilGoalId councilGoal = councilGoal(violations, field + ".councilGoalId", draft.councilGoalId(),
                    period, council);
            List<Indicator> indicators = new ArrayList<>();
            if (GoalRules.sized(violations, field + ".indicators", draft.indicators(), INDICATORS_MAX, "indikator")) {
                for (int j = 0; j < draft.indicators().size(); j++) {
                    indicator(violations, field + ".indicators[" + j + "]", draft.indicators().get(j), period,
                            existingIndicators, seenIndicators).ifPresent(indicators::add);
                }
            }
            if (id.isPresent() && title != null && councilGoal != null) {
                goals.add(new BoardGoal(id.get(), title, description, councilGoal, indicators));
            }
        }
        return goals;
    }

    /** A board goal serves a council goal of the same mandate period. */
    private static CouncilGoalId councilGoal(Violations violations, String field, String text, MandatePeriod period,
                                             CouncilGoals council) {
        if (!violations.require(field, text)) {
            return null;
        }
        if (council == null) {
            return null;
        }
        Optional<CouncilGoalId> id = CouncilGoalId.parse(text).filter(candidate -> council.goal(candidate).isPresent());
        if (id.isEmpty()) {
            violations.add(field, "council-goal-of-period", "'" + text.strip() + "' är inget av kommunfullmäktiges mål"
                    + " för mandatperioden " + period + ". Ett nämndmål ska utgå från ett KF-mål för samma period.");
            return null;
        }
        return id.get();
    }

    private static Optional<Indicator> indicator(Violations violations, String field, IndicatorDraft draft,
                                                 MandatePeriod period, Set<IndicatorId> existing,
                                                 Set<IndicatorId> seen) {
        if (draft == null) {
            violations.add(field, "required", "Indikatorn saknar innehåll.");
            return Optional.empty();
        }
        int before = violations.list().size();
        Optional<IndicatorId> id = GoalRules.keptId(violations, field + ".id", draft.id(), IndicatorId::parse,
                existing, seen, IndicatorId::newId);
        String name = GoalRules.requiredText(violations, field + ".name", draft.name(), TITLE_MAX);
        String unit = GoalRules.requiredText(violations, field + ".unit", draft.unit(), UNIT_MAX);
        Direction direction = null;
        if (violations.require(field + ".direction", draft.direction())) {
            direction = Direction.parse(draft.direction().strip()).orElse(null);
            if (direction == null) {
                violations.add(field + ".direction", "one-of", "Okänd riktning '" + draft.direction()
                        + "'. Tillåtna värden: " + names(Direction.values()) + ".");
            }
        }
        if (draft.concernsPeople() == null) {
            violations.add(field + ".concernsPeople", "required", "Ange om indikatorn avser personer"
                    + " (concernsPeople true eller false); då ska den redovisas uppdelad på kön.");
        }
        Set<Breakdown> breakdowns = breakdowns(violations, field + ".breakdowns", draft.breakdowns());
        if (Boolean.TRUE.equals(draft.concernsPeople()) && !breakdowns.contains(Breakdown.GENDER)) {
            violations.add(field + ".breakdowns", "gender-breakdown", "Indikatorn '" + (name == null ? "" : name)
                    + "' avser personer och ska därför redovisas uppdelad på kön (kvinnor, män och totalt):"
                    + " lägg till GENDER bland breakdowns.");
        }
        List<Target> targets = targets(violations, field + ".targets", draft.targets(), period, unit, direction);
        String measureCode = measureCode(violations, field + ".measureCode", draft.measureCode());
        Aggregation aggregation = aggregation(violations, field + ".aggregation", draft.aggregation(), measureCode,
                draft.measureCode(), unit);
        if (violations.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(id.orElseThrow(), name, unit, direction, draft.concernsPeople(),
                List.copyOf(breakdowns), targets, measureCode, aggregation));
    }

    /** The statistics measure an indicator is measured by: optional, a code as the statistics specification writes them. */
    private static String measureCode(Violations violations, String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        if (stripped.length() > MEASURE_CODE_MAX || !MEASURE_CODE.matcher(stripped).matches()) {
            violations.add(field, "measure-code", "'" + stripped + "' är ingen måttkod ur en statistikspecifikation."
                    + " Skriv koden med A–Z, siffror och _, högst " + MEASURE_CODE_MAX + " tecken, t.ex."
                    + " HOME_CARE_SATISFIED_USERS.");
            return null;
        }
        return stripped;
    }

    /**
     * How the units' figures are combined: named only together with a measure; when left out,
     * percents are averaged and everything else summed.
     */
    private static Aggregation aggregation(Violations violations, String field, String code, String measureCode,
                                           String measureText, String unit) {
        boolean noMeasure = measureText == null || measureText.isBlank();
        if (code == null || code.isBlank()) {
            return measureCode == null ? null : Aggregation.defaultFor(unit);
        }
        Optional<Aggregation> aggregation = Aggregation.parse(code.strip());
        if (aggregation.isEmpty()) {
            violations.add(field, "one-of", "Okänt sätt att sammanställa '" + code + "'. Tillåtna värden: "
                    + names(Aggregation.values()) + ".");
            return null;
        }
        if (noMeasure) {
            violations.add(field, "needs-measure", "Ange measureCode, måttet i statistikspecifikationen som"
                    + " indikatorn mäts med, för att kunna ange hur måttets värden sammanställs.");
            return null;
        }
        return aggregation.get();
    }

    private static Set<Breakdown> breakdowns(Violations violations, String field, List<String> codes) {
        Set<Breakdown> breakdowns = EnumSet.noneOf(Breakdown.class);
        if (codes == null) {
            return breakdowns;
        }
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            Optional<Breakdown> breakdown = code == null ? Optional.empty() : Breakdown.parse(code.strip());
            if (breakdown.isEmpty()) {
                violations.add(field + "[" + k + "]", "one-of", "Okänd uppdelning '" + code + "'. Tillåtna värden: "
                        + names(Breakdown.values()) + ".");
            } else {
                breakdowns.add(breakdown.get());
            }
        }
        return breakdowns;
    }

    /**
     * The target values: at least one, one per year at most, every year inside the mandate
     * period, and, for an indicator that should rise or fall, moving that way from year to year.
     */
    private static List<Target> targets(Violations violations, String field, List<TargetDraft> drafts,
                                        MandatePeriod period, String unit, Direction direction) {
        List<Target> targets = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            violations.add(field, "required", "Ange målvärde för minst ett år av mandatperioden.");
            return targets;
        }
        boolean percent = unit != null && (unit.equalsIgnoreCase("procent") || unit.equals("%"));
        Set<Integer> years = new HashSet<>();
        boolean complete = true;
        for (int k = 0; k < drafts.size(); k++) {
            String at = field + "[" + k + "]";
            TargetDraft draft = drafts.get(k);
            if (draft == null) {
                violations.add(at, "required", "Målvärdet saknar innehåll.");
                complete = false;
                continue;
            }
            Integer year = draft.year();
            if (year == null) {
                violations.add(at + ".year", "required", "Ange vilket år målvärdet gäller.");
            } else if (period != null && !period.contains(year)) {
                violations.add(at + ".year", "in-mandate-period", "Året " + year + " ligger utanför mandatperioden "
                        + period + ". Målvärden sätts för åren " + period.firstYear() + "–" + period.lastYear() + ".");
            } else if (!years.add(year)) {
                violations.add(at + ".year", "one-per-year", "Det finns redan ett målvärde för " + year + ".");
            }
            BigDecimal value = value(violations, at + ".value", draft.value(), percent);
            if (year == null || value == null || period == null || !period.contains(year)) {
                complete = false;
            } else {
                targets.add(new Target(year, value));
            }
        }
        targets.sort(Comparator.comparingInt(Target::year));
        if (complete && direction != null && !followsDirection(targets, direction)) {
            violations.add(field, "direction", "Målvärdena ska " + (direction == Direction.INCREASE
                    ? "öka eller ligga still" : "minska eller ligga still") + " från år till år, eftersom önskad"
                    + " riktning är " + direction + ".");
        }
        return targets;
    }

    private static BigDecimal value(Violations violations, String field, BigDecimal value, boolean percent) {
        if (value == null) {
            violations.add(field, "required", "Ange målvärdet.");
            return null;
        }
        if (value.abs().compareTo(VALUE_LIMIT) >= 0) {
            violations.add(field, "range", "Målvärdet ska vara mindre än " + VALUE_LIMIT.toPlainString()
                    + " till beloppet.");
            return null;
        }
        BigDecimal normal = value.stripTrailingZeros();
        if (normal.scale() > DECIMALS_MAX) {
            violations.add(field, "decimals", "Målvärdet får ha högst " + DECIMALS_MAX + " decimaler.");
            return null;
        }
        if (percent && (normal.signum() < 0 || normal.compareTo(HUNDRED) > 0)) {
            violations.add(field, "percent-range", "Ett målvärde i procent ligger mellan 0 och 100, inte "
                    + normal.toPlainString() + ".");
            return null;
        }
        return normal.scale() < 0 ? normal.setScale(0) : normal;
    }

    private static boolean followsDirection(List<Target> targets, Direction direction) {
        for (int k = 1; k < targets.size(); k++) {
            int step = targets.get(k).value().compareTo(targets.get(k - 1).value());
            if (direction == Direction.INCREASE && step < 0 || direction == Direction.DECREASE && step > 0) {
                return false;
            }
        }
        return true;
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }

    /** What adopting board goals can come to. */
    public sealed interface Adoption {
        record Adopted(BoardGoals boardGoals) implements Adoption {
        }

        record Rejected(List<Violation> violations) implements Adoption {
        }
    }

    /** What revising board goals can come to. */
    public sealed interface Revision {
        record Revised(BoardGoals boardGoals) implements Revision {
        }

        record Rejected(List<Violation> violations) implements Revision {
        }
    }

    /** Whether the organisation is the board's (its officials act for it). */
    public boolean belongsTo(String organisationId) {
        return board.organisationId().equals(organisationId);
    }

    /** The council goals these board goals serve. */
    public Set<CouncilGoalId> councilGoalsServed() {
        return goals.stream().map(BoardGoal::councilGoalId).collect(Collectors.toSet());
    }

    public BoardRef board() {
        return board;
    }

    public MandatePeriod mandatePeriod() {
        return mandatePeriod;
    }

    public List<BoardGoal> goals() {
        return goals;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public Optional<Instant> revisedAt() {
        return Optional.ofNullable(revisedAt);
    }

    public long version() {
        return version;
    }
}
