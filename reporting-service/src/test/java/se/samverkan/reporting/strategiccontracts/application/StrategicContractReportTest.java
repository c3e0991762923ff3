package se.samverkan.reporting.strategiccontracts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.security.Role;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractStore.Filter;

class StrategicContractReportTest {

    private static final Filter ALL = new Filter(null, null, null, null);

    @Test
    void theCouncilLevelFinanceAndAdministratorsSeeEveryBoardsStrategicContracts() {
        for (Role role : Set.of(Role.COUNCIL_ANALYST, Role.FINANCE, Role.ADMINISTRATOR)) {
            assertThat(StrategicContractReport.visibleTo(caller(role, "ks-klk"), ALL)).contains(ALL);
            Filter oneBoard = new Filter("board-kun", null, "PRESCHOOL", true);
            assertThat(StrategicContractReport.visibleTo(caller(role, "ks-klk"), oneBoard)).contains(oneBoard);
        }
    }

    @Test
    void aBoardsOfficialsAndContractManagersSeeOnlyTheirOwnBoardsStrategicContracts() {
        for (Role role : Set.of(Role.ORDERER_OFFICIAL, Role.CONTRACT_MANAGER)) {
            assertThat(StrategicContractReport.visibleTo(caller(role, "board-von"), ALL))
                    .contains(new Filter("board-von", null, null, null));
            assertThat(StrategicContractReport.visibleTo(caller(role, "board-von"),
                    new Filter("board-kun", null, null, null))).isEmpty();
            assertThat(StrategicContractReport.visibleTo(caller(role, null), ALL)).isEmpty();
        }
    }

    @Test
    void theProductionBoardSeesOnlyTheStrategicContractsWhereItIsTheProvider() {
        assertThat(StrategicContractReport.visibleTo(caller(Role.PRODUCTION_BOARD, "production"),
                new Filter("board-von", null, null, null)))
                .contains(new Filter("board-von", "production", null, null));
    }

    @Test
    void aProviderUserSeesNoStrategicContracts() {
        assertThat(StrategicContractReport.visibleTo(caller(Role.PROVIDER_USER, "provider-x"), ALL)).isEmpty();
    }

    private static Caller caller(Role role, String organisation) {
        return new Caller("someone", organisation, Set.of(role));
    }
}
