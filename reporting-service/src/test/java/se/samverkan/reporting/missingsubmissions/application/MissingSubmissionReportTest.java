package se.samverkan.reporting.missingsubmissions.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.security.Role;
import se.samverkan.reporting.missingsubmissions.application.MissingSubmissionReport.Filter;

class MissingSubmissionReportTest {

    private static final Filter ALL = new Filter(null, null);

    @Test
    void theCouncilLevelFinanceAndAdministratorsSeeEveryProvidersMissingSubmissions() {
        for (Role role : Set.of(Role.COUNCIL_ANALYST, Role.FINANCE, Role.ADMINISTRATOR)) {
            assertThat(MissingSubmissionReport.visibleTo(caller(role, "ks-klk"), ALL)).contains(ALL);
            Filter narrowed = new Filter("board-kun", "provider-x");
            assertThat(MissingSubmissionReport.visibleTo(caller(role, "ks-klk"), narrowed)).contains(narrowed);
        }
    }

    @Test
    void aBoardsOfficialsSeeOnlyWhatIsOwedToTheirBoard() {
        for (Role role : Set.of(Role.ORDERER_OFFICIAL, Role.CONTRACT_MANAGER)) {
            assertThat(MissingSubmissionReport.visibleTo(caller(role, "board-von"), ALL))
                    .contains(new Filter("board-von", null));
            assertThat(MissingSubmissionReport.visibleTo(caller(role, "board-von"), new Filter("board-kun", null)))
                    .isEmpty();
        }
    }

    @Test
    void aProvidersUsersAndTheProductionBoardSeeOnlyTheirOwnOrganisationsRows() {
        for (Role role : Set.of(Role.PROVIDER_USER, Role.PRODUCTION_BOARD)) {
            assertThat(MissingSubmissionReport.visibleTo(caller(role, "provider-x"), new Filter("board-von", null)))
                    .contains(new Filter("board-von", "provider-x"));
            assertThat(MissingSubmissionReport.visibleTo(caller(role, "provider-x"), new Filter(null, "provider-y")))
                    .isEmpty();
            assertThat(MissingSubmissionReport.visibleTo(caller(role, null), ALL)).isEmpty();
        }
    }

    @Test
    void aCallerWithoutARoleSeesNothing() {
        assertThat(MissingSubmissionReport.visibleTo(new Caller("x", "org", Set.of()), ALL)).isEmpty();
    }

    private static Caller caller(Role role, String organisation) {
        return new Caller("someone", organisation, Set.of(role));
    }
}
