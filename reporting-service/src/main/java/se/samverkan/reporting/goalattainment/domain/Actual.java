package se.samverkan.reporting.goalattainment.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An indicator's actual (utfall) for a year: the units' figures of its measure combined as the
 * board said, in total and per gender (K, M, T), age band and area.
 *
 * @param total       empty when no unit reported a figure
 * @param units       how many units' figures went into it
 * @param periods     how many unit-periods went into it
 */
public record Actual(Optional<BigDecimal> total, Map<String, BigDecimal> byGender, Map<String, BigDecimal> byAgeBand,
                     Map<String, BigDecimal> byArea, int units, int periods) {

    public static Actual of(Aggregation aggregation, List<Observation> observations) {
        Accumulator accumulator = accumulator(aggregation);
        observations.forEach(accumulator::add);
        return accumulator.actual();
    }

    /** Combines observations one at a time, so a large municipality's year need not be held at once. */
    public static Accumulator accumulator(Aggregation aggregation) {
        return new Accumulator(aggregation);
    }

    /** The running sums of the observations added so far, in total and per gender, age band and area. */
    public static final class Accumulator {

        private final Aggregation aggregation;
        private final Aggregation.Running total;
        private final Map<String, Aggregation.Running> byGender = new TreeMap<>();
        private final Map<String, Aggregation.Running> byAgeBand = new TreeMap<>();
        private final Map<String, Aggregation.Running> byArea = new TreeMap<>();
        private final Set<String> units = new HashSet<>();
        private int periods;

        private Accumulator(Aggregation aggregation) {
            this.aggregation = aggregation;
            this.total = aggregation.running();
        }

        public void add(Observation observation) {
            periods++;
            units.add(observation.unitId());
            int weight = observation.weight();
            if (observation.value() != null) {
                total.add(observation.value(), weight);
            }
            add(byGender, observation.byGender(), weight);
            add(byAgeBand, observation.byAgeBand(), weight);
            add(byArea, observation.perArea(), weight);
        }

        public Actual actual() {
            return new Actual(total.result(), results(byGender), results(byAgeBand), results(byArea), units.size(),
                    periods);
        }

        private void add(Map<String, Aggregation.Running> running, Map<String, BigDecimal> values, int weight) {
            values.forEach((key, value) -> running.computeIfAbsent(key, k -> aggregation.running()).add(value, weight));
        }

        private static Map<String, BigDecimal> results(Map<String, Aggregation.Running> running) {
            Map<String, BigDecimal> combined = new TreeMap<>();
            running.forEach((key, sum) -> sum.result().ifPresent(value -> combined.put(key, value)));
            return combined;
        }
    }
}
