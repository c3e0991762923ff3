package se.samverkan.orderer.goal.domain;

import static se.samverkan.orderer.goal.domain.GoalRules.GOALS_MAX;
import static se.samverkan.orderer.goal.domain.GoalRules.NAME_MAX;
import static se.samverkan.orderer.goal.domain.GoalRules.TEXT_MAX;
import static se.samverkan.orderer.goal.domain.GoalRules.TITLE_MAX;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;
import se.samverkan.orderer.goal.domain.Drafts.CouncilGoalDraft;

/**
 * The council's goals for one mandate period: the vision, and the council goals (KF-mål) of the
 * council programme they come from, each in one of the three goal areas. One document per
 * mandate period; boards derive their goals from it (004, "Så styrs Huddinge").
 */
public final class CouncilGoals {

    private final MandatePeriod mandatePeriod;
    private final String vision;
    private final String councilProgramme;
    private final List<CouncilGoal> goals;
    private final Instant adoptedAt;
    private final Instant revisedAt;
    private final long version;

    private CouncilGoals(MandatePeriod mandatePeriod, String vision, String councilProgramme, List<CouncilGoal> goals,
                         Instant adoptedAt, Instant revisedAt, long version) {
        this.mandatePeriod = Objects.requireNonNull(mandatePeriod);
        this.vision = Objects.requireNonNull(vision);
        this.councilProgramme = Objects.requireNonNull(councilProgramme);
        this.goals = List.copyOf(goals);
        this.adoptedAt = Objects.requireNonNull(adoptedAt);
        this.revisedAt = revisedAt;
        this.version = version;
    }

    public static CouncilGoals restore(MandatePeriod mandatePeriod, String vision, String councilProgramme,
                                       List<CouncilGoal> goals, Instant adoptedAt, Instant revisedAt, long version) {
        return new CouncilGoals(mandatePeriod, vision, councilProgramme, goals, adoptedAt, revisedAt, version);
    }

    /** The council adopts its goals for a mandate period. Every broken rule is reported at once. */
    public static Adoption adopt(String mandatePeriod, String vision, String councilProgramme,
                                 List<CouncilGoalDraft> goals, Instant now) {
        Violations violations = new Violations();
        MandatePeriod period = MandatePeriod.read("mandatePeriod", mandatePeriod, violations);
        Content content = content(violations, vision, councilProgramme, goals, Set.of());
        if (!violations.isEmpty()) {
            return new Adoption.Rejected(violations.list());
        }
        return new Adoption.Adopted(new CouncilGoals(period, content.vision(), content.councilProgramme(),
                content.goals(), now, null, 0));
    }

    /**
     * The council adopts a revision of the goals. A goal given with its id keeps it (and the board
     * goals serving it); a goal without one is new; a goal left out is removed. The version goes
     * up by one.
     */
    public Revision revise(String vision, String councilProgramme, List<CouncilGoalDraft> goals, Instant now) {
        Violations violations = new Violations();
        Set<CouncilGoalId> existing = this.goals.stream().map(CouncilGoal::id).collect(Collectors.toSet());
        Content content = content(violations, vision, councilProgramme, goals, existing);
        if (!violations.isEmpty()) {
            return new Revision.Rejected(violations.list());
        }
        CouncilGoals revised = new CouncilGoals(mandatePeriod, content.vision(), content.councilProgramme(),
                content.goals(), adoptedAt, now, version + 1);
        Set<CouncilGoalId> kept = content.goals().stream().map(CouncilGoal::id).collect(Collectors.toSet());
        List<CouncilGoal> removed = this.goals.stream().filter(goal -> !kept.contains(goal.id())).toList();
        return new Revision.Revised(revised, removed);
    }

    private record Content(String vision, String councilProgramme, List<CouncilGoal> goals) {
    }

    private static Content content(Violations violations, String vision, String councilProgramme,
                                   List<CouncilGoalDraft> drafts, Set<CouncilGoalId> existing) {
        String visionText = GoalRules.requiredText(violations, "vision", vision, TEXT_MAX);
        String programme = GoalRules.requiredText(violations, "councilProgramme", councilProgramme, NAME_MAX);
        List<CouncilGoal> goals = new ArrayList<>();
        if (GoalRules.sized(violations, "goals", drafts, GOALS_MAX, "kommunfullmäktigemål")) {
            Set<String> titles = new HashSet<>();
            Set<CouncilGoalId> seen = new HashSet<>();
            for (int i = 0; i < drafts.size(); i++) {
                String field = "goals[" + i + "]";
                CouncilGoalDraft draft = drafts.get(i);
                if (draft == null) {
                    violations.add(field, "required", "Mål nummer " + (i + 1) + " saknar innehåll.");
                    continue;
                }
                Optional<CouncilGoalId> id = GoalRules.keptId(violations, field + ".id", draft.id(),
                        CouncilGoalId::parse, existing, seen, CouncilGoalId::newId);
                String title = GoalRules.requiredText(violations, field + ".title", draft.title(), TITLE_MAX);
                if (title != null && !titles.add(GoalRules.key(title))) {
                    violations.add(field + ".title", "unique", "Målet '" + title + "' finns redan för mandatperioden.");
                }
                String description = GoalRules.optionalText(violations, field + ".description", draft.description(),
                        TEXT_MAX);
                GoalArea area = null;
                if (violations.require(field + ".goalArea", draft.goalArea())) {
                    area = GoalArea.parse(draft.goalArea().strip()).orElse(null);
                    if (area == null) {
                        violations.add(field + ".goalArea", "one-of", "Okänt målområde '" + draft.goalArea()
                                + "'. Tillåtna värden: " + String.join(", ",
                                Arrays.stream(GoalArea.values()).map(Enum::name).toList()) + ".");
                    }
                }
                if (id.isPresent() && title != null && area != null) {
                    goals.add(new CouncilGoal(id.get(), i + 1, title, description, area));
                }
            }
        }
        return new Content(visionText, programme, goals);
    }

    /** What adopting council goals can come to. */
    public sealed interface Adoption {
        record Adopted(CouncilGoals councilGoals) implements Adoption {
        }

        record Rejected(List<Violation> violations) implements Adoption {
        }
    }

    /** What revising council goals can come to; {@code removed} are the goals the revision left out. */
    public sealed interface Revision {
        record Revised(CouncilGoals councilGoals, List<CouncilGoal> removed) implements Revision {
        }

        record Rejected(List<Violation> violations) implements Revision {
        }
    }

    public Optional<CouncilGoal> goal(CouncilGoalId id) {
        return goals.stream().filter(goal -> goal.id().equals(id)).findFirst();
    }

    public MandatePeriod mandatePeriod() {
        return mandatePeriod;
    }

    public String vision() {
        return vision;
    }

    public String councilProgramme() {
        return councilProgramme;
    }

    /** In the council's order. */
    public List<CouncilGoal> goals() {
        return goals;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    /** When the last revision was adopted; empty before any. */
    public Optional<Instant> revisedAt() {
        return Optional.ofNullable(revisedAt);
    }

    public long version() {
        return version;
    }
}
