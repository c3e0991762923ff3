package se.samverkan.reporting.followupplans.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.orderer.FollowUpPlanDecidedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.followupplans.domain.DecidedPlan;
import se.samverkan.reporting.followupplans.domain.FormCount;

/**
 * Which boards have decided their follow-up plan for a year, built from orderer-service's
 * {@code follow-up-plan.decided.v1}. A board's officials and contract managers see their own
 * board's plan; everyone else the report is open to sees every board's, since a decided plan is
 * a public document.
 */
@Service
public class FollowUpPlanOverview {

    private static final Logger log = LoggerFactory.getLogger(FollowUpPlanOverview.class);

    private final DecidedPlanStore store;

    FollowUpPlanOverview(DecidedPlanStore store) {
        this.store = store;
    }

    public void onDecided(EventEnvelope<FollowUpPlanDecidedV1> event) {
        FollowUpPlanDecidedV1 payload = event.payload();
        if (payload.planId() == null || payload.boardOrganisationId() == null) {
            throw new IllegalArgumentException("follow-up-plan.decided.v1 " + event.eventId()
                    + " lacks planId or boardOrganisationId");
        }
        DecidedPlan plan = new DecidedPlan(payload.planId(), payload.boardId(), payload.boardOrganisationId(),
                payload.year(), payload.decidedOn(), payload.decisionReference(), FormCount.perForm(
                payload.items() == null ? List.of()
                        : payload.items().stream().map(FollowUpPlanDecidedV1.ItemV1::form).toList()));
        if (!store.saveIfNewer(plan, payload.version(), event.eventId().toString())) {
            log.info("Ignored event {}: plan {} already at version {} or newer", event.eventId(), payload.planId(),
                    payload.version());
        }
    }

    public List<DecidedPlan> ofYear(int year, Caller caller) {
        if (caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER) && !caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return caller.organisation() == null ? List.of() : store.ofYear(year, caller.organisation());
        }
        return store.ofYear(year, null);
    }
}
