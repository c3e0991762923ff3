package se.samverkan.orderer.finding.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventType;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.ActionPlanDecidedV1;
import se.samverkan.contracts.orderer.ActionPlanSubmittedV1;
import se.samverkan.contracts.orderer.FindingClosedV1;
import se.samverkan.contracts.orderer.FindingRegisteredV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.orderer.agreement.application.AgreementService;
import se.samverkan.orderer.agreement.domain.Agreement;
import se.samverkan.orderer.agreement.domain.AgreementStatus;
import se.samverkan.orderer.finding.domain.ActionPlan;
import se.samverkan.orderer.finding.domain.AgreementFacts;
import se.samverkan.orderer.finding.domain.AgreementRef;
import se.samverkan.orderer.finding.domain.Finding;
import se.samverkan.orderer.finding.domain.FindingId;
import se.samverkan.orderer.finding.domain.RequirementRef;

/**
 * Use cases of findings and action plans: the board registers a finding, the provider answers
 * with a plan, the board accepts or rejects it, the provider reports its actions, the board
 * follows up and closes; and reading them, with the overdue ones flagged.
 */
@Service
public class FindingService {

    private final FindingRepository findings;
    private final AgreementService agreements;
    private final Clock clock;

    FindingService(FindingRepository findings, AgreementService agreements, Clock clock) {
        this.findings = findings;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** Today, in the service's clock: what "overdue" is measured against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Outcome register(String agreementId, Finding.Terms terms, Caller caller) {
        if (agreementId == null || agreementId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("agreementId", "required",
                    "Ange vilket avtal avvikelsen gäller ('agreementId').")));
        }
        Agreement agreement = agreements.find(agreementId.strip(), caller)
                .filter(found -> FindingAccess.actsForBoard(caller, found.boardOrganisationId())).orElse(null);
        if (agreement == null) {
            return new Outcome.NoSuchAgreement(agreementId);
        }
        Finding.Registration registration = Finding.register(facts(agreement), terms, caller.username(), today(),
                clock.instant());
        if (registration instanceof Finding.Registration.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Finding finding = ((Finding.Registration.Registered) registration).finding();
        findings.insert(finding, List.of(boardEvent(finding, EventTypes.FINDING_REGISTERED_V1, registered(finding))));
        return new Outcome.Done(finding);
    }

    public Outcome submitPlan(String id, String analysis, List<Finding.ActionTerms> actions, Caller caller) {
        return change(id, caller, finding -> FindingAccess.actsForProvider(caller, finding),
                finding -> finding.submitPlan(analysis, actions, caller.username(), today()));
    }

    public Outcome decide(String id, String decision, String reason, String planDueOn, Caller caller) {
        return change(id, caller, boardActs(caller),
                finding -> finding.decide(decision, reason, planDueOn, caller.username(), today()));
    }

    public Outcome reportProgress(String id, String actionId, String status, String note, Caller caller) {
        Finding visible = find(id, caller).orElse(null);
        if (visible == null) {
            return new Outcome.NotFound(id);
        }
        Optional<UUID> action = uuid(actionId);
        if (action.isEmpty() || visible.currentPlan().flatMap(plan -> plan.action(action.get())).isEmpty()) {
            return new Outcome.NoSuchAction(actionId);
        }
        return change(id, caller, finding -> FindingAccess.actsForProvider(caller, finding),
                finding -> finding.reportProgress(action.get(), status, note, caller.username(), today()));
    }

    public Outcome recordFollowUp(String id, String note, Caller caller) {
        return change(id, caller, boardActs(caller), finding -> finding.recordFollowUp(note, caller.username(), today()));
    }

    public Outcome close(String id, String note, Caller caller) {
        return change(id, caller, boardActs(caller), finding -> finding.close(note, caller.username(), today()));
    }

    /** The finding, if it exists and the caller may see it. */
    public Optional<Finding> find(String id, Caller caller) {
        return FindingId.parse(id).flatMap(findings::find).filter(finding -> FindingAccess.maySee(caller, finding));
    }

    /** The findings as the caller may see them: their board's, their provider's, or all. */
    public Page<Finding> list(FindingRepository.Filter filter, Caller caller, Pageable pageable) {
        String board = null;
        String provider = null;
        if (!FindingAccess.seesAll(caller)) {
            String organisation = caller.organisation() == null ? "" : caller.organisation();
            if (FindingAccess.providerSide(caller)) {
                provider = organisation;
            } else {
                board = organisation;
            }
        }
        return findings.list(new FindingRepository.Filter(filter.agreementId(), filter.providerId(), filter.boardId(),
                filter.status(), filter.severity(), filter.overdue(), today(), board, provider), pageable);
    }

    private static Predicate<Finding> boardActs(Caller caller) {
        return finding -> FindingAccess.actsForBoard(caller, finding.agreement().boardOrganisationId());
    }

    private Outcome change(String id, Caller caller, Predicate<Finding> permitted,
                           Function<Finding, Finding.Change> act) {
        Finding finding = find(id, caller).orElse(null);
        if (finding == null) {
            return new Outcome.NotFound(id);
        }
        if (!permitted.test(finding)) {
            return new Outcome.NotPermitted();
        }
        Finding.Change change = act.apply(finding);
        if (change instanceof Finding.Change.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Finding changed = ((Finding.Change.Changed) change).finding();
        if (!findings.update(changed, finding.version(), events(finding, changed))) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Done(changed);
    }

    /** The events a change raises: a new plan, a decision on one, or the closure; notes and progress raise none. */
    private List<EventEnvelope<?>> events(Finding before, Finding after) {
        if (after.plans().size() > before.plans().size()) {
            ActionPlan plan = after.currentPlan().orElseThrow();
            return List.of(EventEnvelope.of(EventTypes.ACTION_PLAN_SUBMITTED_V1, clock.instant(),
                    after.agreement().providerOrganisationId(), CorrelationId.current(), submitted(after, plan)));
        }
        boolean decidedNow = before.currentPlan().flatMap(ActionPlan::decided).isEmpty()
                && after.currentPlan().flatMap(ActionPlan::decided).isPresent();
        if (decidedNow) {
            return List.of(boardEvent(after, EventTypes.ACTION_PLAN_DECIDED_V1, decided(after)));
        }
        if (before.closure().isEmpty() && after.closure().isPresent()) {
            return List.of(boardEvent(after, EventTypes.FINDING_CLOSED_V1, closed(after)));
        }
        return List.of();
    }

    private <T> EventEnvelope<T> boardEvent(Finding finding, EventType<T> type, T payload) {
        return EventEnvelope.of(type, clock.instant(), finding.agreement().boardOrganisationId(),
                CorrelationId.current(), payload);
    }

    private static AgreementFacts facts(Agreement agreement) {
        AgreementRef ref = new AgreementRef(agreement.id().toString(), agreement.title(), agreement.boardId(),
                agreement.boardOrganisationId(), agreement.provider().providerId(), agreement.provider().name(),
                agreement.provider().organisationId(), agreement.strategic());
        return new AgreementFacts(ref, agreement.status() == AgreementStatus.SIGNED, agreement.requirements().stream()
                .map(r -> new RequirementRef(r.id().toString(), r.category().name(), r.text())).toList());
    }

    static FindingRegisteredV1 registered(Finding f) {
        AgreementRef a = f.agreement();
        return new FindingRegisteredV1(f.id().toString(), a.agreementId(), a.boardId(), a.boardOrganisationId(),
                a.providerId(), a.providerOrganisationId(), a.strategic(), f.requirement().id(),
                f.requirement().category(), f.evidence(), f.evidenceSource().name(), f.observedOn().toString(),
                f.severity().name(), f.goalImpact().orElse(null), f.registeredOn().toString(),
                f.planDueOn().toString(), f.version());
    }

    static ActionPlanSubmittedV1 submitted(Finding f, ActionPlan plan) {
        AgreementRef a = f.agreement();
        return new ActionPlanSubmittedV1(f.id().toString(), a.agreementId(), a.boardId(), a.providerId(),
                plan.number(), plan.analysis(), plan.actions().stream()
                        .map(action -> new ActionPlanSubmittedV1.ActionV1(action.id().toString(), action.description(),
                                action.responsible(), action.dueOn().toString(), action.expectedEffect())).toList(),
                plan.submittedOn().toString(), f.version());
    }

    static ActionPlanDecidedV1 decided(Finding f) {
        AgreementRef a = f.agreement();
        ActionPlan plan = f.currentPlan().orElseThrow();
        ActionPlan.Decision decision = plan.decided().orElseThrow();
        return new ActionPlanDecidedV1(f.id().toString(), a.agreementId(), a.boardId(), a.providerId(), plan.number(),
                decision.outcome().name(), decision.reason(),
                decision.newPlanDueOn() == null ? null : decision.newPlanDueOn().toString(),
                decision.decidedOn().toString(), f.version());
    }

    static FindingClosedV1 closed(Finding f) {
        AgreementRef a = f.agreement();
        return new FindingClosedV1(f.id().toString(), a.agreementId(), a.boardId(), a.providerId(),
                f.currentPlan().orElseThrow().number(), f.closure().orElseThrow().note(),
                f.closure().orElseThrow().closedOn().toString(), f.version());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public sealed interface Outcome {
        record Done(Finding finding) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String id) implements Outcome {
        }

        record NoSuchAgreement(String agreementId) implements Outcome {
        }

        record NoSuchAction(String actionId) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }

        record ChangedMeanwhile() implements Outcome {
        }
    }
}
