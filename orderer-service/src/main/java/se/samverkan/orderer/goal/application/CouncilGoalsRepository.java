package se.samverkan.orderer.goal.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.goal.domain.CouncilGoals;
import se.samverkan.orderer.goal.domain.MandatePeriod;

/** Port to the council goals, one document per mandate period; each write stores the events with it. */
public interface CouncilGoalsRepository {

    /** Stores new council goals with their events; false when the period has council goals already. */
    boolean insert(CouncilGoals councilGoals, List<EventEnvelope<?>> events);

    /** Stores revised council goals if nobody changed them since {@code readVersion}; false otherwise. */
    boolean update(CouncilGoals councilGoals, long readVersion, List<EventEnvelope<?>> events);

    Optional<CouncilGoals> find(MandatePeriod period);

    Page<CouncilGoals> list(Pageable pageable);
}
