package se.samverkan.transparency.portal.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A finding as published: what the board registered (the requirement, what was observed, its
 * severity and source) and every step it has heard of. Its status is the step with the highest
 * finding version, so the order in which the steps arrive does not matter and a repeated step
 * changes nothing. No person is named: the events carry no names, and the action plan's
 * responsible persons are not read.
 *
 * @param registered whether the registration itself has arrived (a later step may come first)
 */
public record PublicFinding(String findingId, String agreementId, String boardId, String providerId,
                            boolean registered, String requirementId, String requirementCategory, String evidence,
                            String evidenceSource, String severity, String observedOn, String registeredOn,
                            List<FindingMilestone> milestones) {

    public PublicFinding {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The newest step known. */
    public Optional<FindingMilestone> latest() {
        return milestones.stream().max(Comparator.comparingLong(FindingMilestone::version));
    }

    public FindingStatus status() {
        return latest().map(latest -> switch (latest.kind()) {
            case REGISTERED, PLAN_REJECTED -> FindingStatus.OPEN;
            case PLAN_ACCEPTED -> FindingStatus.PLAN_ACCEPTED;
            case CLOSED -> FindingStatus.CLOSED;
        }).orElse(FindingStatus.OPEN);
    }

    /** While the finding is open: the last day for the provider's action plan, from the newest registration or rejection. */
    public Optional<String> planDueOn() {
        if (status() != FindingStatus.OPEN) {
            return Optional.empty();
        }
        return newest(FindingMilestone.Kind.REGISTERED, FindingMilestone.Kind.PLAN_REJECTED)
                .map(FindingMilestone::planDueOn);
    }

    /** The day the board accepted an action plan, the newest if more than one. */
    public Optional<String> planAcceptedOn() {
        return newest(FindingMilestone.Kind.PLAN_ACCEPTED).map(FindingMilestone::on);
    }

    public Optional<String> closedOn() {
        return newest(FindingMilestone.Kind.CLOSED).map(FindingMilestone::on);
    }

    private Optional<FindingMilestone> newest(FindingMilestone.Kind... kinds) {
        List<FindingMilestone.Kind> wanted = List.of(kinds);
        return milestones.stream().filter(milestone -> wanted.contains(milestone.kind()))
                .max(Comparator.comparingLong(FindingMilestone::version));
    }
}
