package se.samverkan.orderer.procurement.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.LovApplicationAuthorisedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.procurement.domain.LovApplication;
import se.samverkan.orderer.procurement.domain.Rulebook;
import se.samverkan.orderer.provider.application.ProviderDirectory;
import se.samverkan.orderer.provider.domain.ContractableProvider;

/**
 * Use cases of the boards' LOV choice systems. A board's officials publish and close its
 * rulebooks and decide the applications; every signed-in user reads a rulebook (it is a public
 * procurement document); a provider's users, and the production board for the in-house
 * provider, apply for their own provider and see their own applications; the council level,
 * finance and administrators see every application.
 */
@Service
public class LovService {

    private final RulebookRepository rulebooks;
    private final LovApplicationRepository applications;
    private final BoardService boards;
    private final ProviderDirectory providers;
    private final Clock clock;

    LovService(RulebookRepository rulebooks, LovApplicationRepository applications, BoardService boards,
               ProviderDirectory providers, Clock clock) {
        this.rulebooks = rulebooks;
        this.applications = applications;
        this.boards = boards;
        this.providers = providers;
        this.clock = clock;
    }

    public RulebookOutcome publish(String boardId, Rulebook.Terms terms, Caller caller) {
        if (boardId == null || boardId.isBlank()) {
            return new RulebookOutcome.Rejected(List.of(new Violation("boardId", "required",
                    "Ange vilken nämnd förfrågningsunderlaget gäller ('boardId').")));
        }
        Board board = boards.find(boardId.strip()).filter(found -> writes(caller, found.organisationId())).orElse(null);
        if (board == null) {
            return new RulebookOutcome.NotFound("Nämnden " + boardId + " finns inte.");
        }
        Rulebook.Result result = Rulebook.publish(board.id().toString(), board.organisationId(), terms,
                clock.instant());
        if (result instanceof Rulebook.Result.Rejected rejected) {
            return new RulebookOutcome.Rejected(rejected.violations());
        }
        Rulebook rulebook = ((Rulebook.Result.Done) result).rulebook();
        if (!rulebooks.insert(rulebook)) {
            return new RulebookOutcome.Conflict("Nämnden har redan ett förfrågningsunderlag med referensen "
                    + rulebook.reference() + ".");
        }
        return new RulebookOutcome.Done(rulebook);
    }

    public RulebookOutcome close(String id, String on, Caller caller) {
        Rulebook rulebook = findRulebook(id).filter(found -> writes(caller, found.boardOrganisationId())).orElse(null);
        if (rulebook == null) {
            return new RulebookOutcome.NotFound("Förfrågningsunderlaget " + id + " finns inte.");
        }
        Rulebook.Result result = rulebook.close(on);
        if (result instanceof Rulebook.Result.Rejected rejected) {
            return new RulebookOutcome.Rejected(rejected.violations());
        }
        Rulebook closed = ((Rulebook.Result.Done) result).rulebook();
        if (!rulebooks.update(closed, rulebook.version())) {
            return new RulebookOutcome.Conflict("Förfrågningsunderlaget ändrades samtidigt av någon annan.");
        }
        return new RulebookOutcome.Done(closed);
    }

    public Optional<Rulebook> findRulebook(String id) {
        return parse(id).flatMap(rulebooks::find);
    }

    public Page<Rulebook> listRulebooks(String boardId, String serviceArea, Boolean open, Pageable pageable) {
        return rulebooks.list(boardId, serviceArea == null ? null : serviceArea.strip().toUpperCase(Locale.ROOT), open,
                pageable);
    }

    public ApplicationOutcome apply(String rulebookId, String providerId, String motivation, Caller caller) {
        List<Violation> missing = new java.util.ArrayList<>();
        if (rulebookId == null || rulebookId.isBlank()) {
            missing.add(new Violation("rulebookId", "required", "Ange förfrågningsunderlaget ('rulebookId')."));
        }
        if (providerId == null || providerId.isBlank()) {
            missing.add(new Violation("providerId", "required", "Ange den utförare som ansöker ('providerId')."));
        }
        if (!missing.isEmpty()) {
            return new ApplicationOutcome.Rejected(missing);
        }
        Rulebook rulebook = findRulebook(rulebookId.strip()).orElse(null);
        if (rulebook == null) {
            return new ApplicationOutcome.NotFound("Förfrågningsunderlaget " + rulebookId + " finns inte.");
        }
        ContractableProvider provider = providers.find(providerId.strip())
                .filter(found -> caller.hasAny(ADMINISTRATOR) || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD)
                        && found.organisationId() != null && caller.actsFor(found.organisationId()))
                .orElse(null);
        if (provider == null) {
            return new ApplicationOutcome.NotFound("Utföraren " + providerId + " finns inte.");
        }
        LovApplication.Result result = LovApplication.submit(rulebook, new LovApplication.Applicant(
                provider.providerId(), provider.organisationId(), provider.name()), motivation, caller.username(),
                clock.instant());
        if (result instanceof LovApplication.Result.Rejected rejected) {
            return new ApplicationOutcome.Rejected(rejected.violations());
        }
        LovApplication application = ((LovApplication.Result.Done) result).application();
        if (!applications.insert(application)) {
            return new ApplicationOutcome.Conflict(provider.name() + " har redan en ansökan som inte är avslagen, eller "
                    + "är redan auktoriserad, enligt " + rulebook.reference() + ".");
        }
        return new ApplicationOutcome.Done(application);
    }

    public ApplicationOutcome authorise(String id, String on, String startsOn, Caller caller) {
        return decide(id, caller, application -> {
            Rulebook rulebook = rulebooks.find(UUID.fromString(application.rulebook().rulebookId())).orElseThrow();
            return application.authorise(on, startsOn, rulebook.openFrom(), caller.username());
        });
    }

    public ApplicationOutcome refuse(String id, String on, List<String> reasons, Caller caller) {
        return decide(id, caller, application -> application.refuse(on, reasons, caller.username()));
    }

    public Optional<LovApplication> findApplication(String id, Caller caller) {
        return parse(id).flatMap(applications::find).filter(application -> maySee(caller, application));
    }

    public Page<LovApplication> listApplications(String rulebookId, LovApplication.Status status, Caller caller,
                                                 Pageable pageable) {
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return applications.list(rulebookId, status, null, null, pageable);
        }
        String organisation = caller.organisation() == null ? "" : caller.organisation();
        return caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD)
                ? applications.list(rulebookId, status, null, organisation, pageable)
                : applications.list(rulebookId, status, organisation, null, pageable);
    }

    private ApplicationOutcome decide(String id, Caller caller,
                                      Function<LovApplication, LovApplication.Result> act) {
        LovApplication application = findApplication(id, caller)
                .filter(found -> writes(caller, found.rulebook().boardOrganisationId())).orElse(null);
        if (application == null) {
            return new ApplicationOutcome.NotFound("Ansökan " + id + " finns inte.");
        }
        LovApplication.Result result = act.apply(application);
        if (result instanceof LovApplication.Result.Rejected rejected) {
            return new ApplicationOutcome.Rejected(rejected.violations());
        }
        LovApplication decided = ((LovApplication.Result.Done) result).application();
        List<EventEnvelope<?>> events = decided.status() == LovApplication.Status.AUTHORISED
                ? List.of(EventEnvelope.of(EventTypes.LOV_APPLICATION_AUTHORISED_V1, clock.instant(),
                decided.rulebook().boardOrganisationId(), CorrelationId.current(), authorised(decided)))
                : List.of();
        if (!applications.update(decided, application.version(), events)) {
            return new ApplicationOutcome.Conflict("Ansökan ändrades samtidigt av någon annan. Läs om den och försök "
                    + "igen.");
        }
        return new ApplicationOutcome.Done(decided);
    }

    private LovApplicationAuthorisedV1 authorised(LovApplication application) {
        Rulebook rulebook = rulebooks.find(UUID.fromString(application.rulebook().rulebookId())).orElseThrow();
        LovApplication.Decision decision = application.decision().orElseThrow();
        return new LovApplicationAuthorisedV1(application.id().toString(), application.agreementId(),
                rulebook.boardId(), rulebook.boardOrganisationId(), application.applicant().providerId(),
                application.applicant().organisationId(), rulebook.serviceArea(), rulebook.id().toString(),
                rulebook.reference(), rulebook.title() + ", " + application.applicant().name(),
                decision.startsOn().toString(), rulebook.estimatedAnnualValueSek().toPlainString(),
                rulebook.valueLevel().name(), rulebook.impactLevel().name(), rulebook.requirements().stream()
                .map(r -> new LovApplicationAuthorisedV1.RequirementV1(r.category().name(), r.text(),
                        r.followUpMethod().name())).toList(),
                decision.decidedOn().toString(), application.version());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    private static boolean writes(Caller caller, String boardOrganisationId) {
        return caller.hasAny(ADMINISTRATOR) || caller.actsFor(boardOrganisationId, ORDERER_OFFICIAL, CONTRACT_MANAGER);
    }

    private static boolean maySee(Caller caller, LovApplication application) {
        return caller.hasAny(COUNCIL_ANALYST, FINANCE) || writes(caller, application.rulebook().boardOrganisationId())
                || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD) && application.applicant().organisationId() != null
                && caller.actsFor(application.applicant().organisationId());
    }

    public sealed interface RulebookOutcome {
        record Done(Rulebook rulebook) implements RulebookOutcome {
        }

        record Rejected(List<Violation> violations) implements RulebookOutcome {
        }

        record NotFound(String detail) implements RulebookOutcome {
        }

        record Conflict(String detail) implements RulebookOutcome {
        }
    }

    public sealed interface ApplicationOutcome {
        record Done(LovApplication application) implements ApplicationOutcome {
        }

        record Rejected(List<Violation> violations) implements ApplicationOutcome {
        }

        record NotFound(String detail) implements ApplicationOutcome {
        }

        record Conflict(String detail) implements ApplicationOutcome {
        }
    }
}
