package se.samverkan.reporting.strategiccontracts.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.orderer.ActionPlanDecidedV1;
import se.samverkan.contracts.orderer.ActionPlanSubmittedV1;
import se.samverkan.contracts.orderer.FindingClosedV1;
import se.samverkan.contracts.orderer.FindingRegisteredV1;
import se.samverkan.reporting.strategiccontracts.domain.ContractFinding;

/**
 * Keeps the findings of each agreement, their counts and their content, in step with
 * orderer-service's finding events: the deficiencies, the board's statement of their goal impact
 * and the action plans of the strategic-contract report. Idempotent and order-tolerant.
 */
@Service
public class ContractFindingProjection {

    private final FindingTallyStore tallies;
    private final ContractFindingStore findings;

    ContractFindingProjection(FindingTallyStore tallies, ContractFindingStore findings) {
        this.tallies = tallies;
        this.findings = findings;
    }

    public void onRegistered(FindingRegisteredV1 finding) {
        String type = "finding.registered.v1";
        tallies.registered(required(finding.agreementId(), type), required(finding.findingId(), type));
        findings.registered(finding.findingId(), finding.agreementId(), new ContractFinding.Registration(
                finding.boardOrganisationId(), finding.requirementId(), finding.requirementCategory(),
                finding.evidence(), finding.evidenceSource(), date(finding.observedOn()), finding.severity(),
                finding.goalImpact(), date(finding.registeredOn()), date(finding.planDueOn())));
    }

    public void onPlanSubmitted(ActionPlanSubmittedV1 plan) {
        String type = "action-plan.submitted.v1";
        List<ContractFinding.Action> actions = plan.actions() == null ? List.of() : plan.actions().stream()
                .map(action -> new ContractFinding.Action(action.description(), action.responsible(),
                        date(action.dueOn()), action.expectedEffect())).toList();
        findings.planSubmitted(required(plan.findingId(), type), required(plan.agreementId(), type),
                plan.planNumber(), plan.analysis(), actions, plan.submittedOn());
    }

    public void onPlanDecided(ActionPlanDecidedV1 decision) {
        String type = "action-plan.decided.v1";
        if ("ACCEPTED".equals(decision.decision())) {
            tallies.planAccepted(required(decision.agreementId(), type), required(decision.findingId(), type));
        }
        findings.planDecided(required(decision.findingId(), type), required(decision.agreementId(), type),
                decision.planNumber(), decision.decision(), decision.reason(), decision.decidedOn());
    }

    public void onClosed(FindingClosedV1 closed) {
        String type = "finding.closed.v1";
        tallies.closed(required(closed.agreementId(), type), required(closed.findingId(), type));
        findings.closed(closed.findingId(), closed.agreementId(), closed.closedOn(), closed.note());
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    private static String required(String value, String type) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(type + " lacks agreementId or findingId");
        }
        return value;
    }
}
