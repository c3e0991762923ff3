package se.samverkan.orderer.visit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.orderer.visit.application.CoverageService;
import se.samverkan.orderer.visit.domain.MeetingCoverage;
import se.samverkan.orderer.visit.domain.UnitCoverage;

/** The coverage view (täckningskontroll) of a board: its units' visits and its provider meetings. */
@RestController
class CoverageController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("unitName", "unitName");
        SORTABLE.put("providerName", "providerName");
        SORTABLE.put("serviceArea", "serviceArea");
        SORTABLE.put("status", "status");
        SORTABLE.put("nextDueBy", "nextDueBy");
    }

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/api/v1/boards/{boardId}/coverage")
    ResponseEntity<?> get(@PathVariable String boardId, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size,
                          @RequestParam(required = false) String sort, Caller caller) {
        if (year != null && (year < 2000 || year > 2100)) {
            return Answers.rejected(List.of(new Violation("year", "range", "Året 'year' ska vara mellan 2000 och 2100.")));
        }
        return coverage.of(boardId, year, caller, PageRequests.of(page, size, sort, SORTABLE))
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(CoverageResponse.of(found)))
                .orElseGet(() -> Answers.notFound("Nämnden " + boardId + " finns inte."));
    }

    /** The units as a page (with the same fields as every list) and the provider meetings per area and term. */
    record CoverageResponse(String boardId, String boardName, int year, List<UnitRow> content, int page, int size,
                            long totalElements, int totalPages, String sort, List<MeetingRow> providerMeetings) {

        static CoverageResponse of(CoverageService.Coverage c) {
            PageResponse<UnitRow> units = PageResponse.of(c.units(),
                    unit -> UnitRow.of(unit, c.responsibleOfficials().get(unit.unit().serviceArea())));
            return new CoverageResponse(c.boardId(), c.boardName(), c.year(), units.content(), units.page(),
                    units.size(), units.totalElements(), units.totalPages(), units.sort(),
                    c.providerMeetings().stream().map(meeting -> MeetingRow.of(meeting,
                            c.responsibleOfficials().get(meeting.serviceArea()))).toList());
        }
    }

    record UnitRow(String unitId, String unitName, String serviceArea, String serviceAreaLabel,
                   String responsibleOfficial, String providerId, String providerName, LocalDate lastVisitOn, LocalDate lastDeepFollowUpOn, LocalDate visitDueBy,
                   LocalDate deepFollowUpDueBy, LocalDate nextDueBy, LocalDate nextPlannedOn, String visitStatus,
                   String deepFollowUpStatus, String status, String statusLabel) {

        static UnitRow of(UnitCoverage u, String responsibleOfficial) {
            return new UnitRow(u.unit().unitId(), u.unit().unitName(), u.unit().serviceArea(),
                    ServiceAreaCode.labelOf(u.unit().serviceArea()), responsibleOfficial, u.unit().providerId(),
                    u.unit().providerName(),
                    u.lastVisitOn().orElse(null), u.lastDeepFollowUpOn().orElse(null), u.visitDueBy(),
                    u.deepFollowUpDueBy(), u.nextDueBy(), u.nextPlannedOn().orElse(null), u.visitStatus().name(),
                    u.deepFollowUpStatus().name(), u.status().name(), u.status().label());
        }
    }

    record MeetingRow(String serviceArea, String serviceAreaLabel, String responsibleOfficial, String term,
                      String termLabel, String status, String statusLabel, List<MeetingSummary> meetings) {

        static MeetingRow of(MeetingCoverage m, String responsibleOfficial) {
            return new MeetingRow(m.serviceArea(), ServiceAreaCode.labelOf(m.serviceArea()), responsibleOfficial,
                    m.term().toString(),
                    m.term().label(), m.status().name(), m.status().label(), m.meetings().stream()
                    .map(meeting -> new MeetingSummary(meeting.id().toString(), meeting.plannedOn(),
                            meeting.heldOn().orElse(null))).toList());
        }
    }

    record MeetingSummary(String id, LocalDate plannedOn, LocalDate heldOn) {
    }
}
