package se.samverkan.orderer.visit.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.agreement.application.AgreementService;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.provider.application.UnitDirectory;
import se.samverkan.orderer.provider.domain.ProviderUnit;
import se.samverkan.orderer.visit.domain.BoardRef;
import se.samverkan.orderer.visit.domain.UnitRef;
import se.samverkan.orderer.visit.domain.Visit;
import se.samverkan.orderer.visit.domain.VisitId;

/**
 * Use cases of visits: the board plans a visit to a unit of a provider it has an agreement with
 * in the unit's service area, registers a serious complaint (which plans an unannounced visit),
 * records a visit as made; and reading them as the caller may see them.
 */
@Service
@EnableConfigurationProperties(VisitSettings.class)
public class VisitService {

    private final VisitRepository visits;
    private final BoardService boards;
    private final AgreementService agreements;
    private final UnitDirectory units;
    private final VisitSettings settings;
    private final Clock clock;

    VisitService(VisitRepository visits, BoardService boards, AgreementService agreements, UnitDirectory units,
                 VisitSettings settings, Clock clock) {
        this.visits = visits;
        this.boards = boards;
        this.agreements = agreements;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Outcome plan(String boardId, String unitId, Visit.Terms terms, Caller caller) {
        return create(boardId, unitId, yearOf(terms.plannedOn()), caller, (board, unit) ->
                Visit.plan(board, unit, terms, caller.username(), clock.instant()));
    }

    public Outcome registerSeriousComplaint(String boardId, String unitId, Visit.ComplaintTerms terms, Caller caller) {
        LocalDate today = today();
        return create(boardId, unitId, today.getYear(), caller, (board, unit) -> Visit.onSeriousComplaint(board, unit,
                terms, settings.seriousComplaintVisitWithinDays(), caller.username(), today, clock.instant()));
    }

    public Outcome recordPerformed(String id, Visit.Performance performance, Caller caller) {
        Visit visit = find(id, caller).orElse(null);
        if (visit == null) {
            return new Outcome.NotFound(id);
        }
        if (!VisitAccess.actsForBoard(caller, visit.board().boardOrganisationId())) {
            return new Outcome.NotPermitted();
        }
        Visit.Change change = visit.recordPerformed(performance, today());
        if (change instanceof Visit.Change.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Visit changed = ((Visit.Change.Changed) change).visit();
        if (!visits.update(changed, visit.version())) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Done(changed);
    }

    /** The visit, if it exists and the caller may see it. */
    public Optional<Visit> find(String id, Caller caller) {
        return VisitId.parse(id).flatMap(visits::find).filter(visit -> VisitAccess.maySee(caller, visit));
    }

    /** Whether the caller sees the complaint behind the visit (the board's side does, the provider's not). */
    public boolean seesComplaint(Caller caller, Visit visit) {
        return VisitAccess.seesComplaint(caller, visit);
    }

    /** The visits as the caller may see them: their board's, their own units' (announced or made), or all. */
    public Page<Visit> list(VisitRepository.Filter filter, Caller caller, Pageable pageable) {
        String board = null;
        String provider = null;
        if (!VisitAccess.seesAll(caller)) {
            String organisation = caller.organisation() == null ? "" : caller.organisation();
            if (VisitAccess.providerSide(caller)) {
                provider = organisation;
            } else {
                board = organisation;
            }
        }
        return visits.list(new VisitRepository.Filter(filter.boardId(), filter.unitId(), filter.providerId(),
                filter.kind(), filter.status(), filter.seriousComplaint(), board, provider), pageable);
    }

    private interface Planner {
        Visit.Planning plan(BoardRef board, UnitRef unit);
    }

    /**
     * Checks the board (its own officials' or an administrator's, else it does not exist to the
     * caller) and that the unit is known and of a provider the board has an agreement with in the
     * unit's service area in the year; reports those problems with the visit's own.
     */
    private Outcome create(String boardId, String unitId, int year, Caller caller, Planner planner) {
        if (boardId == null || boardId.isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("boardId", "required",
                    "Ange vilken nämnd som gör besöket ('boardId').")));
        }
        Board board = boards.find(boardId.strip())
                .filter(found -> VisitAccess.actsForBoard(caller, found.organisationId())).orElse(null);
        if (board == null) {
            return new Outcome.NoSuchBoard(boardId);
        }
        List<Violation> violations = new ArrayList<>();
        UnitRef unit = unitOf(board, unitId, year, violations);
        Visit.Planning planning = planner.plan(new BoardRef(board.id().toString(), board.organisationId()),
                unit == null ? new UnitRef(String.valueOf(unitId), "", "", "", "", null) : unit);
        if (planning instanceof Visit.Planning.Rejected rejected) {
            violations.addAll(rejected.violations());
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        Visit visit = ((Visit.Planning.Planned) planning).visit();
        visits.insert(visit);
        return new Outcome.Done(visit);
    }

    private UnitRef unitOf(Board board, String unitId, int year, List<Violation> violations) {
        if (unitId == null || unitId.isBlank()) {
            violations.add(new Violation("unitId", "required", "Ange vilken enhet besöket gäller ('unitId')."));
            return null;
        }
        ProviderUnit unit = units.find(unitId.strip()).orElse(null);
        if (unit == null) {
            violations.add(new Violation("unitId", "unknown", "Enheten " + unitId + " är inte känd här. Det kan ta "
                    + "ett ögonblick innan en ny enhet syns för beställarsidan."));
            return null;
        }
        Optional<AgreementService.ContractedArea> contracted = agreements.contractedAreas(board.organisationId(), year)
                .stream().filter(area -> area.provider().providerId().equals(unit.providerId())
                        && area.serviceArea().equals(unit.serviceArea())).findFirst();
        if (contracted.isEmpty()) {
            violations.add(new Violation("unitId", "contracted", "Nämnden har inget tecknat avtal " + year
                    + " med enhetens utförare inom enhetens verksamhetsområde, så enheten följs inte upp av nämnden."));
            return null;
        }
        return new UnitRef(unit.unitId(), unit.name(), unit.serviceArea(), unit.providerId(),
                contracted.get().provider().name(), contracted.get().provider().organisationId());
    }

    private int yearOf(String date) {
        try {
            return date == null ? today().getYear() : LocalDate.parse(date.strip()).getYear();
        } catch (DateTimeParseException unreadable) {
            return today().getYear();
        }
    }

    public sealed interface Outcome {
        record Done(Visit visit) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String id) implements Outcome {
        }

        record NoSuchBoard(String boardId) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }

        record ChangedMeanwhile() implements Outcome {
        }
    }
}
