package se.samverkan.orderer.visit.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.orderer.agreement.application.AgreementService;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.provider.application.UnitDirectory;
import se.samverkan.orderer.provider.domain.ProviderUnit;
import se.samverkan.orderer.visit.domain.MeetingCoverage;
import se.samverkan.orderer.visit.domain.ProviderMeeting;
import se.samverkan.orderer.visit.domain.Term;
import se.samverkan.orderer.visit.domain.UnitCoverage;
import se.samverkan.orderer.visit.domain.UnitRef;
import se.samverkan.orderer.visit.domain.Visit;

/**
 * The coverage view (täckningskontroll) of a board for a year: each unit of the providers the
 * board has a signed agreement with in the unit's service area that year, with its last visit,
 * last deep follow-up, what is due next and its standing; and per service area and term its
 * provider meetings; with the official the board made responsible for each service area.
 */
@Service
public class CoverageService {

    private final BoardService boards;
    private final AgreementService agreements;
    private final UnitDirectory units;
    private final VisitRepository visits;
    private final ProviderMeetingRepository meetings;
    private final Clock clock;

    CoverageService(BoardService boards, AgreementService agreements, UnitDirectory units, VisitRepository visits,
                    ProviderMeetingRepository meetings, Clock clock) {
        this.boards = boards;
        this.agreements = agreements;
        this.units = units;
        this.visits = visits;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The board's coverage in the year, or empty when the board does not exist to the caller. */
    public Optional<Coverage> of(String boardId, Integer year, Caller caller, Pageable pageable) {
        Board board = boards.find(boardId).filter(found -> VisitAccess.seesBoard(caller, found.organisationId()))
                .orElse(null);
        if (board == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        int inYear = year == null ? today.getYear() : year;
        List<AgreementService.ContractedArea> areas = agreements.contractedAreas(board.organisationId(), inYear);
        Map<String, AgreementService.ContractedArea> byProviderAndArea = new LinkedHashMap<>();
        areas.forEach(area -> byProviderAndArea.put(area.provider().providerId() + "|" + area.serviceArea(), area));
        List<ProviderUnit> covered = units.ofProviders(areas.stream().map(area -> area.provider().providerId())
                        .distinct().toList()).stream()
                .filter(unit -> byProviderAndArea.containsKey(unit.providerId() + "|" + unit.serviceArea()))
                .filter(unit -> unit.openIn(inYear)).toList();
        Map<String, List<Visit>> visitsByUnit = new LinkedHashMap<>();
        for (Visit visit : visits.ofUnits(board.organisationId(),
                covered.stream().map(ProviderUnit::unitId).toList())) {
            visitsByUnit.computeIfAbsent(visit.unit().unitId(), id -> new ArrayList<>()).add(visit);
        }
        List<UnitCoverage> rows = new ArrayList<>();
        for (ProviderUnit unit : covered) {
            AgreementService.ContractedArea area = byProviderAndArea.get(unit.providerId() + "|" + unit.serviceArea());
            UnitRef ref = new UnitRef(unit.unitId(), unit.name(), unit.serviceArea(), unit.providerId(),
                    area.provider().name(), area.provider().organisationId());
            rows.add(UnitCoverage.assess(ref, unit.openedOn(), visitsByUnit.getOrDefault(unit.unitId(), List.of()),
                    inYear, today));
        }
        rows.sort(order(pageable.getSort()));
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        Page<UnitCoverage> page = new PageImpl<>(rows.subList(from, to), pageable, rows.size());

        Set<String> serviceAreas = new TreeSet<>();
        areas.forEach(area -> serviceAreas.add(area.serviceArea()));
        board.serviceAreas().forEach(area -> serviceAreas.add(area.serviceArea()));
        Map<String, String> responsible = new LinkedHashMap<>();
        board.serviceAreas().forEach(area -> responsible.put(area.serviceArea(), area.responsibleOfficial()));
        List<ProviderMeeting> held = meetings.ofBoard(board.organisationId(), inYear);
        List<MeetingCoverage> meetingCoverage = new ArrayList<>();
        for (String serviceArea : serviceAreas) {
            for (Term term : Term.of(inYear)) {
                meetingCoverage.add(MeetingCoverage.assess(serviceArea, term, held, today));
            }
        }
        return Optional.of(new Coverage(board.id().toString(), board.name(), inYear, page, meetingCoverage,
                responsible));
    }

    /** Rows sorted as asked; the stored-property names are those of the controller's sortable map. */
    private static Comparator<UnitCoverage> order(Sort sort) {
        Comparator<UnitCoverage> order = null;
        for (Sort.Order by : sort) {
            Comparator<UnitCoverage> next = switch (by.getProperty()) {
                case "providerName" -> Comparator.comparing(row -> row.unit().providerName(),
                        String.CASE_INSENSITIVE_ORDER);
                case "serviceArea" -> Comparator.comparing(row -> row.unit().serviceArea());
                case "status" -> Comparator.comparing(UnitCoverage::status);
                case "nextDueBy" -> Comparator.comparing(UnitCoverage::nextDueBy);
                case "unitName" -> Comparator.comparing(row -> row.unit().unitName(), String.CASE_INSENSITIVE_ORDER);
                default -> Comparator.comparing(row -> row.unit().unitId());
            };
            if (by.isDescending()) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        return order == null ? Comparator.comparing(row -> row.unit().unitId()) : order;
    }

    /**
     * @param providerMeetings    per service area of the board (those it answers for and those it
     *                            has agreements in) and term of the year
     * @param responsibleOfficials the official responsible per service area, where the board named one
     */
    public record Coverage(String boardId, String boardName, int year, Page<UnitCoverage> units,
                           List<MeetingCoverage> providerMeetings, Map<String, String> responsibleOfficials) {
    }
}
