package se.samverkan.orderer.statistics.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.orderer.statistics.domain.AgeBand;
import se.samverkan.orderer.statistics.domain.Breakdown;
import se.samverkan.orderer.statistics.domain.Measure;
import se.samverkan.orderer.statistics.domain.PublishedVersion;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;
import se.samverkan.orderer.statistics.domain.StatisticsSpecificationId;

/**
 * Use case: the board's officials publish the draft as the next version, announced with
 * {@code statistics-specification.published.v1} so producer-service checks submissions against it.
 */
@Service
public class PublishSpecification {

    private final SpecificationRepository specifications;
    private final Clock clock;

    PublishSpecification(SpecificationRepository specifications, Clock clock) {
        this.specifications = specifications;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        StatisticsSpecification specification = StatisticsSpecificationId.parse(command.specificationId())
                .flatMap(specifications::find)
                .filter(found -> SpecificationAccess.mayWrite(command.caller(), found.boardOrganisationId()))
                .orElse(null);
        if (specification == null) {
            return new Outcome.NoSuchSpecification(command.specificationId());
        }
        if (command.expectedRevision() != null && command.expectedRevision() != specification.revision()) {
            return new Outcome.ChangedMeanwhile();
        }
        StatisticsSpecification.Publication publication = specification.publish(clock.instant());
        if (publication instanceof StatisticsSpecification.Publication.NothingToPublish nothing) {
            return new Outcome.NothingToPublish(nothing.latestVersion());
        }
        if (publication instanceof StatisticsSpecification.Publication.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        StatisticsSpecification.Publication.Published published =
                (StatisticsSpecification.Publication.Published) publication;
        EventEnvelope<StatisticsSpecificationPublishedV1> event = EventEnvelope.of(
                EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1, published.version().publishedAt(),
                command.caller().organisation(), CorrelationId.current(),
                payload(published.specification(), published.version()));
        if (!specifications.update(published.specification(), specification.revision(), List.of(event))) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Published(published.specification(), published.version());
    }

    static StatisticsSpecificationPublishedV1 payload(StatisticsSpecification specification, PublishedVersion version) {
        return new StatisticsSpecificationPublishedV1(specification.id().toString(),
                specification.boardId().toString(), specification.boardOrganisationId(),
                specification.boardShortName(), specification.serviceArea().name(), version.version(),
                version.content().validFrom().toString(),
                version.content().ageBands().stream().map(AgeBand::toString).toList(),
                version.content().measures().stream().map(PublishSpecification::measure).toList());
    }

    private static StatisticsSpecificationPublishedV1.Measure measure(Measure measure) {
        return new StatisticsSpecificationPublishedV1.Measure(measure.code(), measure.name(), measure.definition(),
                measure.category().name(), measure.valueType().name(), measure.unit(), measure.frequency().name(),
                measure.required(), measure.breakdowns().stream().map(Breakdown::name).toList(), measure.minValue(),
                measure.maxValue(), measure.reportsRespondents(), measure.reportsResponseRate(),
                measure.volumeMeasure(), measure.resourceMeasure(), measure.sourceSystem());
    }

    /** @param expectedRevision the revision the caller read ({@code If-Match}); null to not check */
    public record Command(String specificationId, Long expectedRevision, Caller caller) {
    }

    public sealed interface Outcome {
        record Published(StatisticsSpecification specification, PublishedVersion version) implements Outcome {
        }

        /** The draft is not ready: no measures, or no validity start date. */
        record Rejected(List<Violation> violations) implements Outcome {
        }

        /** There is no draft: every version is published ({@code latestVersion}). */
        record NothingToPublish(int latestVersion) implements Outcome {
        }

        record NoSuchSpecification(String specificationId) implements Outcome {
        }

        record ChangedMeanwhile() implements Outcome {
        }
    }
}
