package se.samverkan.orderer.statistics.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.board.application.BoardService;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;

/** Use case: a board's official starts the board's statistics specification for a service area. */
@Service
public class CreateSpecification {

    private final SpecificationRepository specifications;
    private final BoardService boards;
    private final Clock clock;

    CreateSpecification(SpecificationRepository specifications, BoardService boards, Clock clock) {
        this.specifications = specifications;
        this.boards = boards;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        if (command.boardId() == null || command.boardId().isBlank()) {
            return new Outcome.Rejected(((StatisticsSpecification.Creation.Rejected) StatisticsSpecification.create(
                    null, null, null, command.serviceArea(), clock.instant())).violations());
        }
        Board board = boards.find(command.boardId().strip())
                .filter(found -> SpecificationAccess.mayWrite(command.caller(), found.organisationId())).orElse(null);
        if (board == null) {
            return new Outcome.NoSuchBoard(command.boardId());
        }
        StatisticsSpecification.Creation creation = StatisticsSpecification.create(board.id(), board.organisationId(),
                board.shortName(), command.serviceArea(), clock.instant());
        if (creation instanceof StatisticsSpecification.Creation.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        StatisticsSpecification specification = ((StatisticsSpecification.Creation.Created) creation).specification();
        var existing = specifications.find(board.id(), specification.serviceArea());
        if (existing.isPresent()) {
            return new Outcome.AlreadyExists(existing.get());
        }
        if (!specifications.insert(specification)) {
            return specifications.find(board.id(), specification.serviceArea())
                    .<Outcome>map(Outcome.AlreadyExists::new).orElse(new Outcome.NoSuchBoard(command.boardId()));
        }
        return new Outcome.Created(specification);
    }

    public record Command(String boardId, String serviceArea, Caller caller) {
    }

    public sealed interface Outcome {
        record Created(StatisticsSpecification specification) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        /** No such board, or not one whose statistics the caller specifies. */
        record NoSuchBoard(String boardId) implements Outcome {
        }

        /** The board has a specification for the service area: there is one document per area. */
        record AlreadyExists(StatisticsSpecification existing) implements Outcome {
        }
    }
}
