package se.samverkan.orderer.goal.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator (indikator): how a board goal is measured, with its unit, the direction that is
 * better, the target value per year and the breakdowns its results must be given in.
 *
 * @param breakdowns  in the order of {@link Breakdown}
 * @param targets     in year order, at most one per year
 * @param measureCode the statistics measure (code in the board's statistics specification) the
 *                    indicator is measured by, or null while it is measured otherwise
 * @param aggregation how the units' figures of that measure are combined; null exactly when
 *                    {@code measureCode} is
 */
public record Indicator(IndicatorId id, String name, String unit, Direction direction, boolean concernsPeople,
                        List<Breakdown> breakdowns, List<Target> targets, String measureCode,
                        Aggregation aggregation) {

    /** An indicator not (yet) tied to a statistics measure. */
    public Indicator(IndicatorId id, String name, String unit, Direction direction, boolean concernsPeople,
                     List<Breakdown> breakdowns, List<Target> targets) {
        this(id, name, unit, direction, concernsPeople, breakdowns, targets, null, null);
    }

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        breakdowns = List.copyOf(breakdowns);
        targets = List.copyOf(targets);
        if ((measureCode == null) != (aggregation == null)) {
            throw new IllegalArgumentException("measureCode and aggregation go together");
        }
    }

    public Optional<String> measuredBy() {
        return Optional.ofNullable(measureCode);
    }
}
