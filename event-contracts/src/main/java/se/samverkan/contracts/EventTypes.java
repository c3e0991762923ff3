package se.samverkan.contracts;

import java.util.List;
import java.util.Optional;

import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.contracts.orderer.ActionPlanDecidedV1;
import se.samverkan.contracts.orderer.ActionPlanSubmittedV1;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.contracts.orderer.BoardRegisteredV1;
import se.samverkan.contracts.orderer.FindingClosedV1;
import se.samverkan.contracts.orderer.FindingRegisteredV1;
import se.samverkan.contracts.orderer.FollowUpPlanDecidedV1;
import se.samverkan.contracts.orderer.LovApplicationAuthorisedV1;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.contracts.orderer.TenderContractConcludedV1;
import se.samverkan.contracts.producer.ActivityReportSubmittedV1;
import se.samverkan.contracts.producer.InsightPackageDeliveredV1;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.contracts.producer.ProviderSnapshotV1;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.contracts.producer.ResultUnitMonthClosedV1;
import se.samverkan.contracts.producer.UnitClosedV1;
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.contracts.resync.ResyncRequestedV1;

/**
 * Every integration event of the platform. {@code docs/events.md} lists the same set. An event
 * type's {@code producer} is the service whose exchange carries it: the owner of the data.
 */
public final class EventTypes {

    public static final String PRODUCER_SERVICE = "producer-service";
    public static final String ORDERER_SERVICE = "orderer-service";

    public static final EventType<ProviderRegisteredV1> PROVIDER_REGISTERED_V1 =
            new EventType<>("provider.registered.v1", PRODUCER_SERVICE, ProviderRegisteredV1.class);

    public static final EventType<UnitOpenedV1> UNIT_OPENED_V1 =
            new EventType<>("unit.opened.v1", PRODUCER_SERVICE, UnitOpenedV1.class);

    public static final EventType<UnitClosedV1> UNIT_CLOSED_V1 =
            new EventType<>("unit.closed.v1", PRODUCER_SERVICE, UnitClosedV1.class);

    public static final EventType<ProviderSnapshotV1> PROVIDER_SNAPSHOT_V1 =
            new EventType<>("provider.snapshot.v1", PRODUCER_SERVICE, ProviderSnapshotV1.class);

    /** A request to producer-service, carried on its exchange; the envelope names the requester. */
    public static final EventType<ResyncRequestedV1> RESYNC_REQUESTED_OF_PRODUCER_V1 =
            new EventType<>("resync.requested.v1", PRODUCER_SERVICE, ResyncRequestedV1.class);

    public static final EventType<AgreementSignedV1> AGREEMENT_SIGNED_V1 =
            new EventType<>("agreement.signed.v1", ORDERER_SERVICE, AgreementSignedV1.class);

    public static final EventType<AgreementTerminatedV1> AGREEMENT_TERMINATED_V1 =
            new EventType<>("agreement.terminated.v1", ORDERER_SERVICE, AgreementTerminatedV1.class);

    public static final EventType<FollowUpPlanDecidedV1> FOLLOW_UP_PLAN_DECIDED_V1 =
            new EventType<>("follow-up-plan.decided.v1", ORDERER_SERVICE, FollowUpPlanDecidedV1.class);

    public static final EventType<CouncilGoalsAdoptedV1> COUNCIL_GOALS_ADOPTED_V1 =
            new EventType<>("council-goals.adopted.v1", ORDERER_SERVICE, CouncilGoalsAdoptedV1.class);

    public static final EventType<BoardGoalsAdoptedV1> BOARD_GOALS_ADOPTED_V1 =
            new EventType<>("board-goals.adopted.v1", ORDERER_SERVICE, BoardGoalsAdoptedV1.class);

    public static final EventType<FindingRegisteredV1> FINDING_REGISTERED_V1 =
            new EventType<>("finding.registered.v1", ORDERER_SERVICE, FindingRegisteredV1.class);

    public static final EventType<ActionPlanSubmittedV1> ACTION_PLAN_SUBMITTED_V1 =
            new EventType<>("action-plan.submitted.v1", ORDERER_SERVICE, ActionPlanSubmittedV1.class);

    public static final EventType<ActionPlanDecidedV1> ACTION_PLAN_DECIDED_V1 =
            new EventType<>("action-plan.decided.v1", ORDERER_SERVICE, ActionPlanDecidedV1.class);

    public static final EventType<FindingClosedV1> FINDING_CLOSED_V1 =
            new EventType<>("finding.closed.v1", ORDERER_SERVICE, FindingClosedV1.class);

    public static final EventType<StatisticsSpecificationPublishedV1> STATISTICS_SPECIFICATION_PUBLISHED_V1 =
            new EventType<>("statistics-specification.published.v1", ORDERER_SERVICE,
                    StatisticsSpecificationPublishedV1.class);

    public static final EventType<LovApplicationAuthorisedV1> LOV_APPLICATION_AUTHORISED_V1 =
            new EventType<>("lov-application.authorised.v1", ORDERER_SERVICE, LovApplicationAuthorisedV1.class);

    public static final EventType<ActivityReportSubmittedV1> ACTIVITY_REPORT_SUBMITTED_V1 =
            new EventType<>("activity-report.submitted.v1", PRODUCER_SERVICE, ActivityReportSubmittedV1.class);

    public static final EventType<InsightPackageDeliveredV1> INSIGHT_PACKAGE_DELIVERED_V1 =
            new EventType<>("insight-package.delivered.v1", PRODUCER_SERVICE, InsightPackageDeliveredV1.class);

    public static final EventType<StatisticsSubmittedV1> STATISTICS_SUBMITTED_V1 =
            new EventType<>("statistics.submitted.v1", PRODUCER_SERVICE, StatisticsSubmittedV1.class);

    public static final EventType<ResultUnitMonthClosedV1> RESULT_UNIT_MONTH_CLOSED_V1 =
            new EventType<>("result-unit.month-closed.v1", PRODUCER_SERVICE, ResultUnitMonthClosedV1.class);

    public static final EventType<TenderContractConcludedV1> TENDER_CONTRACT_CONCLUDED_V1 =
            new EventType<>("tender-contract.concluded.v1", ORDERER_SERVICE, TenderContractConcludedV1.class);

    public static final EventType<BoardRegisteredV1> BOARD_REGISTERED_V1 =
            new EventType<>("board.registered.v1", ORDERER_SERVICE, BoardRegisteredV1.class);

    public static final List<EventType<?>> ALL = List.of(PROVIDER_REGISTERED_V1, UNIT_OPENED_V1, PROVIDER_SNAPSHOT_V1,
            RESYNC_REQUESTED_OF_PRODUCER_V1, AGREEMENT_SIGNED_V1, AGREEMENT_TERMINATED_V1, FOLLOW_UP_PLAN_DECIDED_V1,
            COUNCIL_GOALS_ADOPTED_V1, BOARD_GOALS_ADOPTED_V1, FINDING_REGISTERED_V1, ACTION_PLAN_SUBMITTED_V1,
            ACTION_PLAN_DECIDED_V1, FINDING_CLOSED_V1, STATISTICS_SPECIFICATION_PUBLISHED_V1,
            LOV_APPLICATION_AUTHORISED_V1, ACTIVITY_REPORT_SUBMITTED_V1, INSIGHT_PACKAGE_DELIVERED_V1,
            STATISTICS_SUBMITTED_V1, RESULT_UNIT_MONTH_CLOSED_V1, TENDER_CONTRACT_CONCLUDED_V1, UNIT_CLOSED_V1,
            BOARD_REGISTERED_V1);

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
