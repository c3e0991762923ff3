package se.samverkan.transparency.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import se.samverkan.contracts.producer.LegalFormCode;
import se.samverkan.transparency.portal.application.FollowUpQueries;
import se.samverkan.transparency.portal.domain.BoardGoals;
import se.samverkan.transparency.portal.domain.FindingAgreement;
import se.samverkan.transparency.portal.domain.FollowUpPlan;
import se.samverkan.transparency.portal.domain.PublicFinding;

/**
 * The portal's pages on the boards' goals and follow-up plans and on each provider's findings:
 * server-rendered Swedish pages, one template for every provider whatever its form of operation.
 */
@Hidden
@Controller
class FollowUpController {

    static final int FINDINGS_PER_PAGE = 20;
    static final int ITEMS_PER_PAGE = 25;

    private final FollowUpQueries queries;

    FollowUpController(FollowUpQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/jamfor/namnder")
    String boards(Model model) {
        model.addAttribute("boards", queries.boards().stream().map(board -> new BoardRow(board.boardId(),
                board.label(), board.mandatePeriods().stream().map(FollowUpLabels::mandatePeriod).toList(),
                board.planYears())).toList());
        return "portal/namnder";
    }

    @GetMapping("/jamfor/namnder/{boardId}")
    String board(@PathVariable String boardId, @RequestParam(name = "ar", required = false) String year,
                 @RequestParam(name = "sida", required = false) String page, Model model,
                 HttpServletResponse response) {
        Integer chosenYear = year == null || year.isBlank() ? null : number(year);
        if (year != null && !year.isBlank() && chosenYear == null) {
            return notFound(model, response, "Året " + year + " finns inte. Ange året med fyra siffror, till exempel 2027.");
        }
        int pageNumber = pageNumber(page);
        Optional<FollowUpQueries.BoardView> found = queries.board(boardId, chosenYear,
                PageRequest.of(pageNumber - 1, ITEMS_PER_PAGE));
        if (found.isEmpty()) {
            return notFound(model, response, "Nämnden finns inte eller har inte publicerat mål eller uppföljningsplan.");
        }
        FollowUpQueries.BoardView board = found.get();
        model.addAttribute("board", board);
        model.addAttribute("periods", board.periods().stream().map(FollowUpController::periodView).toList());
        model.addAttribute("planYears", board.planYears());
        model.addAttribute("plan", board.plan().map(plan -> new PlanHeading(plan.year(), plan.decidedOn(),
                plan.decisionReference(), plan.items().size())).orElse(null));
        model.addAttribute("chosenYear", chosenYear);
        model.addAttribute("items", board.items().stream().map(FollowUpController::itemRow).toList());
        String base = "/jamfor/namnder/" + boardId + "?" + board.plan().map(plan -> "ar=" + plan.year() + "&").orElse("");
        model.addAttribute("pager", Pager.of(board.items(), base));
        return "portal/namnd";
    }

    @GetMapping("/jamfor/utforare/{id}/uppfoljning")
    String providerFollowUp(@PathVariable String id, @RequestParam(name = "sida", required = false) String page,
                            Model model, HttpServletResponse response) {
        Optional<FollowUpQueries.ProviderFollowUp> found = queries.provider(id,
                PageRequest.of(pageNumber(page) - 1, FINDINGS_PER_PAGE));
        if (found.isEmpty()) {
            return notFound(model, response, "Utföraren finns inte eller har inte publicerats.");
        }
        FollowUpQueries.ProviderFollowUp followUp = found.get();
        model.addAttribute("provider", followUp.provider());
        model.addAttribute("legalFormLabel", LegalFormCode.labelOf(followUp.provider().legalForm()));
        model.addAttribute("agreements", agreementGroups(followUp.findings(), followUp.agreements()));
        model.addAttribute("findingCount", followUp.findings().getTotalElements());
        model.addAttribute("planned", followUp.planned().stream().map(planned -> new PlannedRow(planned.year(),
                planned.boardId(), planned.boardLabel(), planned.item().what(),
                FollowUpLabels.form(planned.item().form()), FollowUpLabels.interval(planned.item().interval()),
                FollowUpLabels.recipients(planned.item().feedbackTo()))).toList());
        model.addAttribute("pager", Pager.of(followUp.findings(), "/jamfor/utforare/" + id + "/uppfoljning?"));
        return "portal/uppfoljning";
    }

    /** The page's findings grouped by agreement, the groups in the order their newest finding comes. */
    private static List<AgreementGroup> agreementGroups(Page<PublicFinding> findings,
                                                        Map<String, FindingAgreement> agreements) {
        Map<String, List<FindingRow>> byAgreement = new LinkedHashMap<>();
        findings.forEach(finding -> {
            FindingAgreement agreement = agreements.get(finding.agreementId());
            String requirementText = agreement == null ? null : agreement.requirements().get(finding.requirementId());
            byAgreement.computeIfAbsent(String.valueOf(finding.agreementId()), id -> new ArrayList<>()).add(
                    new FindingRow(finding.findingId(), finding.registeredOn(),
                            FollowUpLabels.category(finding.requirementCategory()), requirementText,
                            finding.evidence(), FollowUpLabels.severity(finding.severity()),
                            FollowUpLabels.source(finding.evidenceSource()), finding.observedOn(),
                            finding.status().label(), finding.planDueOn().orElse(null),
                            finding.planAcceptedOn().orElse(null), finding.closedOn().orElse(null)));
        });
        List<AgreementGroup> groups = new ArrayList<>();
        byAgreement.forEach((agreementId, rows) -> {
            FindingAgreement agreement = agreements.get(agreementId);
            String serviceArea = agreement == null ? null : ServiceAreaPaths.ofCode(agreement.serviceArea())
                    .map(ServiceAreaPaths::label).orElse(agreement.serviceArea());
            groups.add(new AgreementGroup("avtal-" + agreementId,
                    agreement == null || agreement.title() == null ? "Avtal" : agreement.title(), serviceArea, rows));
        });
        return groups;
    }

    private static PeriodView periodView(FollowUpQueries.PeriodGoals period) {
        List<Integer> years = years(period);
        return new PeriodView(FollowUpLabels.mandatePeriod(period.mandatePeriod()), years,
                period.goals().stream().map(view -> {
                    BoardGoals.Goal goal = view.goal();
                    String councilGoal = view.councilGoal().map(council -> council.number() + ". " + council.title()
                            + " (" + FollowUpLabels.goalArea(council.goalArea()) + ")").orElse(null);
                    return new GoalRow(goal.boardGoalId(), goal.title(), goal.description(), councilGoal,
                            goal.indicators().stream().map(indicator -> new IndicatorRow(indicator.name(),
                                    indicator.unit() == null ? Formats.NOT_REPORTED : indicator.unit(),
                                    FollowUpLabels.direction(indicator.direction()),
                                    years.stream().map(year -> indicator.targets().stream()
                                            .filter(target -> target.year() == year).findFirst()
                                            .map(target -> Formats.number(target.value()))
                                            .orElse(Formats.NOT_REPORTED)).toList()))
                                    .toList());
                }).toList());
    }

    /** The years of the mandate period ({@code 2023-2026}), or else the years the targets name. */
    private static List<Integer> years(FollowUpQueries.PeriodGoals period) {
        String[] parts = period.mandatePeriod() == null ? new String[0] : period.mandatePeriod().split("-");
        if (parts.length == 2) {
            Integer first = number(parts[0]);
            Integer last = number(parts[1]);
            if (first != null && last != null && first <= last && last - first < 10) {
                return IntStream.rangeClosed(first, last).boxed().toList();
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        period.goals().forEach(goal -> goal.goal().indicators()
                .forEach(indicator -> indicator.targets().forEach(target -> years.add(target.year()))));
        return List.copyOf(years);
    }

    private static ItemRow itemRow(FollowUpQueries.PlanItem planItem) {
        FollowUpPlan.Item item = planItem.item();
        return new ItemRow(item.what(), item.providerId(),
                planItem.providerName().isEmpty() ? null : planItem.providerName(),
                FollowUpLabels.form(item.form()), FollowUpLabels.interval(item.interval()),
                FollowUpLabels.recipients(item.feedbackTo()));
    }

    private static int pageNumber(String page) {
        Integer number = page == null ? null : number(page);
        return number == null || number < 1 ? 1 : Math.min(number, 100_000);
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String notFound(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", message);
        return "portal/fel";
    }

    record BoardRow(String boardId, String label, List<String> mandatePeriods, List<Integer> planYears) {
    }

    record PlanHeading(int year, String decidedOn, String decisionReference, int itemCount) {
    }

    record PeriodView(String label, List<Integer> years, List<GoalRow> goals) {
    }

    record GoalRow(String id, String title, String description, String councilGoal, List<IndicatorRow> indicators) {
    }

    record IndicatorRow(String name, String unit, String direction, List<String> targets) {
    }

    record ItemRow(String what, String providerId, String providerName, String form, String interval,
                   String feedbackTo) {
    }

    record AgreementGroup(String id, String title, String serviceArea, List<FindingRow> findings) {
    }

    record FindingRow(String id, String registeredOn, String category, String requirement, String evidence,
                      String severity, String source, String observedOn, String status, String planDueOn,
                      String planAcceptedOn, String closedOn) {
    }

    record PlannedRow(int year, String boardId, String boardLabel, String what, String form, String interval,
                      String feedbackTo) {
    }

    /** Where the reader is among the pages, with links to the pages before and after. */
    record Pager(int number, int total, String previous, String next) {

        static Pager of(Page<?> page, String base) {
            int number = page.getNumber() + 1;
            int total = Math.max(page.getTotalPages(), 1);
            return new Pager(number, total, number > 1 ? base + "sida=" + (number - 1) : null,
                    number < total ? base + "sida=" + (number + 1) : null);
        }
    }
}
