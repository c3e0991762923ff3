package se.samverkan.orderer.board.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;

@RestController
@RequestMapping("/api/v1/boards")
class BoardController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "nameKey");
        SORTABLE.put("shortName", "shortName");
        SORTABLE.put("createdAt", "createdAt");
    }

    private final BoardService boards;

    BoardController(BoardService boards) {
        this.boards = boards;
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody CreateBoardRequest request, Caller caller) {
        BoardService.Outcome outcome = boards.create(request.name(), request.shortName(), caller);
        if (outcome instanceof BoardService.Outcome.Created created) {
            return ResponseEntity.created(URI.create("/api/v1/boards/" + created.board().id()))
                    .body(BoardResponse.of(created.board()));
        }
        if (outcome instanceof BoardService.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        BoardService.Outcome.AlreadyExists exists = (BoardService.Outcome.AlreadyExists) outcome;
        return ResponseEntity.status(409).body(Problems.conflict("Det finns redan en nämnd med namnet '"
                + exists.name() + "' eller förkortningen '" + exists.shortName() + "'."));
    }

    @GetMapping
    PageResponse<BoardResponse> list(@RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) String sort) {
        return PageResponse.of(boards.list(PageRequests.of(page, size, sort, SORTABLE)), BoardResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id) {
        return boards.find(id).<ResponseEntity<?>>map(board -> ResponseEntity.ok(BoardResponse.of(board)))
                .orElseGet(() -> ResponseEntity.status(404).body(Problems.notFound("Nämnden " + id + " finns inte.")));
    }

    @PutMapping("/{id}/service-areas")
    ResponseEntity<?> assignServiceAreas(@PathVariable String id, @RequestBody ServiceAreasRequest request,
                                         Caller caller) {
        BoardService.Outcome outcome = boards.assignServiceAreas(id, request.serviceAreas(), caller);
        if (outcome instanceof BoardService.Outcome.Changed changed) {
            return ResponseEntity.ok(BoardResponse.of(changed.board()));
        }
        if (outcome instanceof BoardService.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof BoardService.Outcome.NotFound) {
            return ResponseEntity.status(404).body(Problems.notFound("Nämnden " + id + " finns inte."));
        }
        return ResponseEntity.status(409).body(Problems.conflict(
                "Nämnden ändrades samtidigt av någon annan. Läs om den och försök igen."));
    }

    record CreateBoardRequest(String name, String shortName) {
    }

    record ServiceAreasRequest(List<Board.ServiceAreaTerms> serviceAreas) {
    }

    record BoardResponse(String id, String name, String shortName, String organisationId,
                         List<ServiceAreaResponse> serviceAreas, Instant createdAt, long version) {

        static BoardResponse of(Board board) {
            return new BoardResponse(board.id().toString(), board.name(), board.shortName(), board.organisationId(),
                    board.serviceAreas().stream().map(area -> new ServiceAreaResponse(area.serviceArea(),
                            ServiceAreaCode.labelOf(area.serviceArea()), area.responsibleOfficial())).toList(),
                    board.createdAt(), board.version());
        }
    }

    record ServiceAreaResponse(String serviceArea, String serviceAreaLabel, String responsibleOfficial) {
    }
}
