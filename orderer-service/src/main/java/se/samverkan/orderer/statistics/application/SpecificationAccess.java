package se.samverkan.orderer.statistics.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import se.samverkan.defaults.security.Caller;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;

/**
 * Who may see and change which statistics specification. A board's own officials (orderer
 * officials and contract managers acting for the board) and administrators write it and see its
 * draft. Every official and provider reads the published versions: providers must know what to
 * report. A draft, and a specification never published, is to anyone else something that does
 * not exist.
 */
public final class SpecificationAccess {

    private SpecificationAccess() {
    }

    /** Writes the board's specifications: its own officials, or an administrator. */
    public static boolean mayWrite(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }

    public static boolean maySeeDraft(Caller caller, StatisticsSpecification specification) {
        return mayWrite(caller, specification.boardOrganisationId());
    }

    public static boolean maySee(Caller caller, StatisticsSpecification specification) {
        return specification.isPublished() || maySeeDraft(caller, specification);
    }

    /** Which unpublished specifications the caller's lists include. */
    static SpecificationRepository.Unpublished unpublishedIn(Caller caller) {
        if (caller.hasAny(ADMINISTRATOR)) {
            return SpecificationRepository.Unpublished.ALL;
        }
        return caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER) && caller.organisation() != null
                ? SpecificationRepository.Unpublished.OWN_BOARD : SpecificationRepository.Unpublished.NONE;
    }
}
