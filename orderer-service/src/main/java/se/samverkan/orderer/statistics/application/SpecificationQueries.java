package se.samverkan.orderer.statistics.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.statistics.domain.Draft;
import se.samverkan.orderer.statistics.domain.PublishedVersion;
import se.samverkan.orderer.statistics.domain.ServiceArea;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;
import se.samverkan.orderer.statistics.domain.StatisticsSpecificationId;

/** Reading specifications, each caller what they may see. */
@Service
public class SpecificationQueries {

    /** Validity dates are the municipality's calendar days. */
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Stockholm");

    private final SpecificationRepository specifications;
    private final Clock clock;

    SpecificationQueries(SpecificationRepository specifications, Clock clock) {
        this.specifications = specifications;
        this.clock = clock;
    }

    /** The specification, if it exists and the caller may see it (published, or the caller's board's). */
    public Optional<StatisticsSpecification> find(String id, Caller caller) {
        return StatisticsSpecificationId.parse(id).flatMap(specifications::find)
                .filter(specification -> SpecificationAccess.maySee(caller, specification));
    }

    /** The draft, to the board's officials and administrators; to anyone else there is none. */
    public Optional<Found<Draft>> draft(String id, Caller caller) {
        return StatisticsSpecificationId.parse(id).flatMap(specifications::find)
                .filter(specification -> SpecificationAccess.maySeeDraft(caller, specification))
                .flatMap(specification -> specification.draft().map(draft -> new Found<>(specification, draft)));
    }

    /** A published version, to every caller. */
    public Optional<Found<PublishedVersion>> version(String id, String number, Caller caller) {
        Integer version = parseVersion(number);
        if (version == null) {
            return Optional.empty();
        }
        return find(id, caller).flatMap(specification -> specification.version(version)
                .map(found -> new Found<>(specification, found)));
    }

    public Page<StatisticsSpecification> list(BoardId boardId, ServiceArea serviceArea, Caller caller,
                                              Pageable pageable) {
        return specifications.list(new SpecificationRepository.Filter(boardId, serviceArea,
                SpecificationAccess.unpublishedIn(caller), caller.organisation()), pageable);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(MUNICIPALITY));
    }

    private static Integer parseVersion(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    /** A part of a specification together with the specification it belongs to. */
    public record Found<T>(StatisticsSpecification specification, T part) {
    }
}
