package se.samverkan.orderer.escalation.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.agreement.application.AgreementService;
import se.samverkan.orderer.agreement.domain.Agreement;
import se.samverkan.orderer.agreement.domain.AgreementStatus;
import se.samverkan.orderer.escalation.domain.Escalation;

/**
 * Use cases of escalations. The two parties of an agreement raise them (the board's officials,
 * the provider's users or the production board); the municipal leadership decides, recorded by
 * the council level (KLK); the parties, the council level, finance and administrators read them.
 */
@Service
public class EscalationService {

    private final EscalationRepository escalations;
    private final AgreementService agreements;
    private final Clock clock;

    EscalationService(EscalationRepository escalations, AgreementService agreements, Clock clock) {
        this.escalations = escalations;
        this.agreements = agreements;
        this.clock = clock;
    }

    public Outcome raise(String agreementId, String topic, String description, Caller caller) {
        if (agreementId == null || agreementId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("agreementId", "required",
                    "Ange vilket avtal oenigheten gäller ('agreementId').")));
        }
        Agreement agreement = agreements.find(agreementId.strip(), caller).orElse(null);
        if (agreement == null) {
            return new Outcome.NotFound("Avtalet " + agreementId + " finns inte.");
        }
        Escalation.Side side = sideOf(caller, agreement);
        if (side == null) {
            return new Outcome.NotPermitted();
        }
        if (agreement.status() == AgreementStatus.TERMINATED) {
            return new Outcome.Rejected(List.of(new Violation("agreementId", "active-agreement",
                    "Avtalet är avslutat; en oenighet lyfts om ett gällande avtal eller ett utkast.")));
        }
        Escalation.Result result = Escalation.raise(new Escalation.Parties(agreement.id().toString(),
                        agreement.boardId(), agreement.boardOrganisationId(), agreement.provider().providerId(),
                        agreement.provider().organisationId()), side, caller.username(), topic, description,
                clock.instant());
        if (result instanceof Escalation.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Escalation escalation = ((Escalation.Result.Done) result).escalation();
        escalations.insert(escalation);
        return new Outcome.Done(escalation);
    }

    public Outcome decide(String id, String level, String outcome, String text, String reference, String on,
                          Caller caller) {
        Escalation escalation = find(id, caller).orElse(null);
        if (escalation == null) {
            return new Outcome.NotFound("Ärendet " + id + " finns inte.");
        }
        if (!caller.hasAny(COUNCIL_ANALYST, ADMINISTRATOR)) {
            return new Outcome.NotPermitted();
        }
        Escalation.Result result = escalation.decide(level, outcome, text, reference, on, caller.username());
        if (result instanceof Escalation.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Escalation decided = ((Escalation.Result.Done) result).escalation();
        if (!escalations.update(decided, escalation.version())) {
            return new Outcome.Conflict("Ärendet ändrades samtidigt av någon annan. Läs om det och försök igen.");
        }
        return new Outcome.Done(decided);
    }

    public Optional<Escalation> find(String id, Caller caller) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
        return escalations.find(parsed).filter(escalation -> maySee(caller, escalation));
    }

    public Page<Escalation> list(String agreementId, Caller caller, Pageable pageable) {
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return escalations.list(agreementId, null, null, pageable);
        }
        String organisation = caller.organisation() == null ? "" : caller.organisation();
        return caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD)
                ? escalations.list(agreementId, null, organisation, pageable)
                : escalations.list(agreementId, organisation, null, pageable);
    }

    private static Escalation.Side sideOf(Caller caller, Agreement agreement) {
        if (caller.hasAny(ADMINISTRATOR) || caller.actsFor(agreement.boardOrganisationId(), ORDERER_OFFICIAL,
                CONTRACT_MANAGER)) {
            return Escalation.Side.ORDERER;
        }
        if (caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD) && agreement.withProviderRunBy(caller.organisation())) {
            return Escalation.Side.PROVIDER;
        }
        return null;
    }

    private static boolean maySee(Caller caller, Escalation escalation) {
        Escalation.Parties parties = escalation.parties();
        return caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                || caller.actsFor(parties.boardOrganisationId(), ORDERER_OFFICIAL, CONTRACT_MANAGER)
                || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD) && caller.actsFor(parties.providerOrganisationId());
    }

    public sealed interface Outcome {
        record Done(Escalation escalation) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String detail) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }

        record Conflict(String detail) implements Outcome {
        }
    }
}
