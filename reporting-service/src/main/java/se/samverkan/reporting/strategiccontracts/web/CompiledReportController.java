package se.samverkan.reporting.strategiccontracts.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractCompilation;
import se.samverkan.reporting.strategiccontracts.domain.CompiledReport;
import se.samverkan.reporting.strategiccontracts.domain.ContractFinding;
import se.samverkan.reporting.strategiccontracts.domain.EssentialRequirements;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;

/**
 * The year's report on strategic contracts (seed 002), one section per board, compiled by KLK for
 * KS/KF: for each strategic contract the five questions of the report and their answers.
 */
@RestController
@RequestMapping("/api/v1/reports/strategic-contracts/compiled")
class CompiledReportController {

    private final StrategicContractCompilation compilation;

    CompiledReportController(StrategicContractCompilation compilation) {
        this.compilation = compilation;
    }

    @GetMapping
    CompiledReportView compiled(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) String boardOrganisationId, Caller caller) {
        if (year == null || year < 2000 || year > 2100) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(List.of(new Violation("year",
                    year == null ? "required" : "range",
                    "Ange året rapporten gäller som 'year' (2000–2100), t.ex. year=2027."))), null);
        }
        String board = boardOrganisationId == null || boardOrganisationId.isBlank() ? null : boardOrganisationId.strip();
        return CompiledReportView.of(compilation.compile(caller, year, board));
    }

    record CompiledReportView(int year, String judgedOn, long contractCount, long contractsNotMeeting,
                              List<BoardSectionView> boards) {

        static CompiledReportView of(CompiledReport report) {
            List<BoardSectionView> boards = report.boards().stream().map(BoardSectionView::of).toList();
            return new CompiledReportView(report.year(), report.judgedOn().toString(),
                    boards.stream().mapToLong(board -> board.contracts().size()).sum(),
                    boards.stream().mapToLong(BoardSectionView::contractsNotMeeting).sum(), boards);
        }
    }

    record BoardSectionView(String boardOrganisationId, String boardId, long contractsNotMeeting,
                            List<ContractView> contracts) {

        static BoardSectionView of(CompiledReport.BoardSection section) {
            return new BoardSectionView(section.boardOrganisationId(),
                    section.contracts().isEmpty() ? null : section.contracts().get(0).contract().boardId(),
                    section.notMeeting(), section.contracts().stream().map(ContractView::of).toList());
        }
    }

    /**
     * One strategic contract and the five answers: {@code serviceArea} (1), {@code essentialRequirements}
     * (2), {@code deficiencies} (3), {@code goalImpact} and each deficiency's (4), each deficiency's
     * {@code actionPlan} (5).
     */
    record ContractView(String agreementId, String title, String providerId, String providerOrganisationId,
                        String route, String serviceArea, String serviceAreaLabel, String startsOn, String endsOn,
                        String terminatedOn, String annualValueSek, String contractManager,
                        EssentialRequirementsView essentialRequirements, List<DeficiencyView> deficiencies,
                        List<String> goalImpact) {

        static ContractView of(CompiledReport.ContractEntry entry) {
            StrategicContract contract = entry.contract();
            return new ContractView(contract.agreementId(), contract.title(), contract.providerId(),
                    contract.providerOrganisationId(), contract.route(), contract.serviceArea(),
                    ServiceAreaCode.labelOf(contract.serviceArea()), contract.startsOn(), contract.endsOn(),
                    contract.terminatedOn(), contract.annualValueSek(), contract.contractManager(),
                    EssentialRequirementsView.of(entry.judgement()),
                    entry.deficiencies().stream().map(DeficiencyView::of).toList(), entry.goalImpacts());
        }
    }

    record EssentialRequirementsView(boolean met, String verdict, String verdictLabel, long openEssentialFindings,
                                     long openOtherFindings) {

        static EssentialRequirementsView of(EssentialRequirements.Judgement judgement) {
            return new EssentialRequirementsView(judgement.meets(), judgement.verdict().name(),
                    judgement.verdict().label(), judgement.openEssential(), judgement.openOther());
        }
    }

    record DeficiencyView(String findingId, String requirementId, String requirementCategory, boolean essential,
                          String description, String evidenceSource, String observedOn, String severity,
                          String registeredOn, String status, String statusLabel, String closedOn, String goalImpact,
                          boolean goalImpactStated, ActionPlanView actionPlan, int planCount) {

        static DeficiencyView of(ContractFinding finding) {
            ContractFinding.Registration registration = finding.registration();
            String stated = registration.goalImpact();
            return new DeficiencyView(finding.findingId(), registration.requirementId(),
                    registration.requirementCategory(), finding.isEssential(), registration.evidence(),
                    registration.evidenceSource(), text(registration.observedOn()), registration.severity(),
                    text(registration.registeredOn()), finding.status().name(), finding.status().label(),
                    text(finding.closedOn()), CompiledReport.ContractEntry.goalImpactOf(finding),
                    stated != null && !stated.isBlank(), finding.currentPlan().map(ActionPlanView::of).orElse(null),
                    finding.plans().size());
        }
    }

    /** The current plan: the latest the provider submitted, with the board's decision on it. */
    record ActionPlanView(int planNumber, String analysis, String submittedOn, String decision, String decisionReason,
                          String decidedOn, List<ActionView> actions) {

        static ActionPlanView of(ContractFinding.ActionPlan plan) {
            return new ActionPlanView(plan.planNumber(), plan.analysis(), text(plan.submittedOn()), plan.decision(),
                    plan.decisionReason(), text(plan.decidedOn()), plan.actions().stream()
                    .map(action -> new ActionView(action.description(), action.responsible(),
                            text(action.dueOn()), action.expectedEffect())).toList());
        }
    }

    record ActionView(String description, String responsible, String dueOn, String expectedEffect) {
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
