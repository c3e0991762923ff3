package se.samverkan.orderer.statistics.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.statistics.domain.Draft;
import se.samverkan.orderer.statistics.domain.DraftInput;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;
import se.samverkan.orderer.statistics.domain.StatisticsSpecificationId;

/**
 * Use case: the board's officials write the draft. After a publication this starts the draft
 * of the next version; the published versions stay as they are.
 */
@Service
public class EditDraft {

    private final SpecificationRepository specifications;
    private final Clock clock;

    EditDraft(SpecificationRepository specifications, Clock clock) {
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
        StatisticsSpecification.DraftEdit edit = specification.editDraft(command.content(), clock.instant());
        if (edit instanceof StatisticsSpecification.DraftEdit.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        StatisticsSpecification.DraftEdit.Edited edited = (StatisticsSpecification.DraftEdit.Edited) edit;
        if (!specifications.update(edited.specification(), specification.revision(), List.of())) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Edited(edited.specification(), edited.draft());
    }

    /** @param expectedRevision the revision the caller read ({@code If-Match}); null to not check */
    public record Command(String specificationId, DraftInput content, Long expectedRevision, Caller caller) {
    }

    public sealed interface Outcome {
        record Edited(StatisticsSpecification specification, Draft draft) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NoSuchSpecification(String specificationId) implements Outcome {
        }

        /** Someone changed it since the caller read it, or at the same moment. */
        record ChangedMeanwhile() implements Outcome {
        }
    }
}
