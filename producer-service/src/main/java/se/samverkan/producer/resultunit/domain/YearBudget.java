package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's budget for a year, set by the production board: revenues and costs, and optionally a
 * result requirement decided for this unit that overrides the ladder, with its reason.
 */
public record YearBudget(int year, BigDecimal revenues, BigDecimal costs, BigDecimal decidedRequirementPercent,
                         String requirementReason) {

    public YearBudget {
        Objects.requireNonNull(revenues);
        Objects.requireNonNull(costs);
    }

    public BigDecimal result() {
        return revenues.subtract(costs);
    }

    /** The requirement for the year: the one decided for the unit, else the ladder's. */
    public Optional<MarginRequirement> requirement() {
        if (decidedRequirementPercent != null) {
            return Optional.of(new MarginRequirement(decidedRequirementPercent, MarginRequirement.Source.DECIDED,
                    requirementReason));
        }
        return MarginRequirement.ladder(year);
    }
}
