package se.samverkan.orderer.goal.application;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.orderer.goal.domain.CouncilGoals;
import se.samverkan.orderer.goal.domain.MandatePeriod;

/** Reading the council's goals: they are known to every official. */
@Service
public class CouncilGoalsQueries {

    private final CouncilGoalsRepository councilGoals;

    CouncilGoalsQueries(CouncilGoalsRepository councilGoals) {
        this.councilGoals = councilGoals;
    }

    public Optional<CouncilGoals> find(String mandatePeriod) {
        return MandatePeriod.parse(mandatePeriod).flatMap(councilGoals::find);
    }

    public Page<CouncilGoals> list(Pageable pageable) {
        return councilGoals.list(pageable);
    }
}
