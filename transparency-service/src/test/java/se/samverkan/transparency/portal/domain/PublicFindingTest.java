package se.samverkan.transparency.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.transparency.portal.domain.FindingMilestone.Kind;

class PublicFindingTest {

    private static final FindingMilestone REGISTERED = new FindingMilestone(Kind.REGISTERED, 0, "2027-02-10", "2027-03-10");
    private static final FindingMilestone REJECTED = new FindingMilestone(Kind.PLAN_REJECTED, 2, "2027-03-05", "2027-03-26");
    private static final FindingMilestone ACCEPTED = new FindingMilestone(Kind.PLAN_ACCEPTED, 4, "2027-03-30", null);
    private static final FindingMilestone CLOSED = new FindingMilestone(Kind.CLOSED, 6, "2027-06-01", null);

    @Test
    void theStatusIsTheNewestStepWhateverOrderTheStepsArrivedIn() {
        List<FindingMilestone> steps = new ArrayList<>(List.of(REGISTERED, REJECTED, ACCEPTED, CLOSED));
        for (int rotation = 0; rotation < steps.size(); rotation++) {
            Collections.rotate(steps, 1);
            PublicFinding finding = finding(steps);

            assertThat(finding.status()).isEqualTo(FindingStatus.CLOSED);
            assertThat(finding.planAcceptedOn()).contains("2027-03-30");
            assertThat(finding.closedOn()).contains("2027-06-01");
            assertThat(finding.planDueOn()).as("a closed finding owes no plan").isEmpty();
        }
    }

    @Test
    void aRejectedPlanLeavesTheFindingOpenWithTheNewDueDate() {
        PublicFinding finding = finding(List.of(REJECTED, REGISTERED));

        assertThat(finding.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(finding.status().label()).isEqualTo("öppen");
        assertThat(finding.planDueOn()).contains("2027-03-26");
    }

    @Test
    void anAcceptedPlanThatArrivesBeforeTheRegistrationIsStillTheStatus() {
        PublicFinding finding = finding(List.of(ACCEPTED, REGISTERED, REGISTERED));

        assertThat(finding.status().label()).isEqualTo("åtgärdsplan godkänd");
        assertThat(finding.planDueOn()).isEmpty();
        assertThat(finding.closedOn()).isEmpty();
    }

    @Test
    void aFindingWithOnlyItsRegistrationIsOpenUntilItsPlanIsDue() {
        PublicFinding finding = finding(List.of(REGISTERED));

        assertThat(finding.status().label()).isEqualTo("öppen");
        assertThat(finding.planDueOn()).contains("2027-03-10");
        assertThat(finding.planAcceptedOn()).isEmpty();
    }

    private static PublicFinding finding(List<FindingMilestone> steps) {
        return new PublicFinding("f", "a", "b", "p", true, "r", "BASIC_QUALITY", "Iakttagelse", "VISIT", "HIGH",
                "2027-01-31", "2027-02-10", steps);
    }
}
