package se.samverkan.orderer.goal.domain;

import java.util.List;
import java.util.Objects;

/**
 * An indicator (indikator): how a board goal is measured, with its unit, the direction that is
 * better, the target value per year and the breakdowns its results must be given in.
 *
 * @param breakdowns in the order of {@link Breakdown}
 * @param targets    in year order, at most one per year
 */
public record Indicator(IndicatorId id, String name, String unit, Direction direction, boolean concernsPeople,
                        List<Breakdown> breakdowns, List<Target> targets) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        breakdowns = List.copyOf(breakdowns);
        targets = List.copyOf(targets);
    }
}
