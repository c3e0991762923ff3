package se.samverkan.transparency.portal.application;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.transparency.portal.domain.BoardGoals;
import se.samverkan.transparency.portal.domain.CouncilGoals;
import se.samverkan.transparency.portal.domain.FindingAgreement;
import se.samverkan.transparency.portal.domain.FollowUpPlan;
import se.samverkan.transparency.portal.domain.PublicFinding;
import se.samverkan.transparency.publicprovider.application.PublicProviderQueries;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;

/**
 * What the portal shows of the boards' goals and follow-up plans and of each provider's
 * findings. Providers are listed by name in Swedish order, never by form of operation.
 */
@Service
public class FollowUpQueries {

    private static final Comparator<Object> SWEDISH = swedish();

    private final FollowUpStore store;
    private final PublicProviderQueries providers;

    FollowUpQueries(FollowUpStore store, PublicProviderQueries providers) {
        this.store = store;
        this.providers = providers;
    }

    /** Every board with published goals or a decided follow-up plan, by name in Swedish order. */
    public List<BoardSummary> boards() {
        Map<String, String> labels = boardLabels();
        Map<String, Set<String>> periods = new HashMap<>();
        Map<String, Set<Integer>> years = new HashMap<>();
        store.allBoardGoals().forEach(goals -> periods.computeIfAbsent(goals.boardId(), id -> new TreeSet<>())
                .add(goals.mandatePeriod()));
        store.plans(null).forEach(plan -> years.computeIfAbsent(plan.boardId(), id -> new TreeSet<>()).add(plan.year()));
        return labels.entrySet().stream()
                .map(entry -> new BoardSummary(entry.getKey(), entry.getValue(),
                        List.copyOf(periods.getOrDefault(entry.getKey(), Set.of())),
                        List.copyOf(years.getOrDefault(entry.getKey(), Set.of()))))
                .sorted(Comparator.comparing(BoardSummary::label, SWEDISH).thenComparing(BoardSummary::boardId))
                .toList();
    }

    /**
     * A board's goals of every mandate period, newest first, and its follow-up plan of the given
     * year (the newest year when none is given), its items a page at a time.
     */
    public Optional<BoardView> board(String boardId, Integer year, Pageable itemsPage) {
        List<BoardGoals> goals = store.boardGoals(boardId).stream()
                .sorted(Comparator.comparing(BoardGoals::mandatePeriod).reversed()).toList();
        List<FollowUpPlan> plans = store.plans(boardId).stream()
                .sorted(Comparator.comparingInt(FollowUpPlan::year).reversed()).toList();
        if (goals.isEmpty() && plans.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CouncilGoals.CouncilGoal> councilGoals = new HashMap<>();
        store.councilGoals(goals.stream().map(BoardGoals::mandatePeriod).toList())
                .forEach(council -> council.goals().forEach(goal -> councilGoals.put(goal.councilGoalId(), goal)));
        List<PeriodGoals> periods = goals.stream().map(period -> new PeriodGoals(period.mandatePeriod(),
                period.goals().stream().map(goal -> new GoalView(goal,
                        Optional.ofNullable(councilGoals.get(goal.councilGoalId())))).toList())).toList();
        Optional<FollowUpPlan> plan = year == null ? plans.stream().findFirst()
                : plans.stream().filter(candidate -> candidate.year() == year).findFirst();
        Page<PlanItem> items = plan.map(chosen -> page(chosen.items().stream()
                .map(item -> new PlanItem(item, providerName(item.providerId())))
                .sorted(Comparator.comparing(PlanItem::providerName, SWEDISH)
                        .thenComparing(planItem -> planItem.item().what(), SWEDISH))
                .toList(), itemsPage)).orElse(Page.empty(itemsPage));
        return Optional.of(new BoardView(boardId, label(boardId, goals, plans), periods,
                plans.stream().map(FollowUpPlan::year).toList(), plan, items));
    }

    /** A provider's findings, newest first, with their agreements, and what the boards' plans follow up of it. */
    public Optional<ProviderFollowUp> provider(String providerId, Pageable findingsPage) {
        return providers.find(providerId).map(provider -> {
            Page<PublicFinding> findings = store.findingsOf(providerId, findingsPage);
            Map<String, FindingAgreement> agreements = store.agreements(findings.stream()
                    .map(PublicFinding::agreementId).filter(id -> id != null).collect(Collectors.toSet()));
            Map<String, String> labels = boardLabels();
            List<PlannedFollowUp> planned = new ArrayList<>();
            store.plansFollowing(providerId).stream()
                    .sorted(Comparator.comparingInt(FollowUpPlan::year).reversed()
                            .thenComparing(plan -> labels.getOrDefault(plan.boardId(), ""), SWEDISH))
                    .forEach(plan -> plan.items().stream().filter(item -> providerId.equals(item.providerId()))
                            .forEach(item -> planned.add(new PlannedFollowUp(plan.year(), plan.boardId(),
                                    labels.getOrDefault(plan.boardId(), plan.boardId()), item))));
            return new ProviderFollowUp(provider, findings, agreements, planned);
        });
    }

    private String providerName(String providerId) {
        return providerId == null ? "" : providers.find(providerId).map(PublicProvider::name).orElse("");
    }

    /** Each board's short name, from its goals, or from its officials' organisation ({@code board-von} → VON). */
    private Map<String, String> boardLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        store.allBoardGoals().forEach(goals -> {
            if (goals.boardShortName() != null) {
                labels.put(goals.boardId(), goals.boardShortName());
            }
        });
        store.plans(null).forEach(plan -> labels.putIfAbsent(plan.boardId(), fromOrganisation(
                plan.boardOrganisationId(), plan.boardId())));
        store.allBoardGoals().forEach(goals -> labels.putIfAbsent(goals.boardId(), fromOrganisation(
                goals.boardOrganisationId(), goals.boardId())));
        return labels;
    }

    private static String label(String boardId, List<BoardGoals> goals, List<FollowUpPlan> plans) {
        return goals.stream().map(BoardGoals::boardShortName).filter(name -> name != null).findFirst()
                .orElseGet(() -> plans.stream().findFirst().map(plan -> fromOrganisation(plan.boardOrganisationId(),
                        boardId)).orElse(boardId));
    }

    static String fromOrganisation(String organisationId, String fallback) {
        if (organisationId != null && organisationId.startsWith("board-") && organisationId.length() > "board-".length()) {
            return organisationId.substring("board-".length()).toUpperCase(Locale.ROOT);
        }
        return fallback;
    }

    private static <T> Page<T> page(List<T> all, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    private static Comparator<Object> swedish() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    public record BoardSummary(String boardId, String label, List<String> mandatePeriods, List<Integer> planYears) {
    }

    public record BoardView(String boardId, String label, List<PeriodGoals> periods, List<Integer> planYears,
                            Optional<FollowUpPlan> plan, Page<PlanItem> items) {
    }

    public record PeriodGoals(String mandatePeriod, List<GoalView> goals) {
    }

    public record GoalView(BoardGoals.Goal goal, Optional<CouncilGoals.CouncilGoal> councilGoal) {
    }

    public record PlanItem(FollowUpPlan.Item item, String providerName) {
    }

    public record PlannedFollowUp(int year, String boardId, String boardLabel, FollowUpPlan.Item item) {
    }

    public record ProviderFollowUp(PublicProvider provider, Page<PublicFinding> findings,
                                   Map<String, FindingAgreement> agreements, List<PlannedFollowUp> planned) {
    }
}
