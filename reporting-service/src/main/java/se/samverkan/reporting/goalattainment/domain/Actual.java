package se.samverkan.reporting.goalattainment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

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
        List<Aggregation.Weighted> totals = new ArrayList<>();
        for (Observation observation : observations) {
            if (observation.value() != null) {
                totals.add(new Aggregation.Weighted(observation.value(), observation.weight()));
            }
        }
        long units = observations.stream().map(Observation::unitId).distinct().count();
        return new Actual(aggregation.combine(totals), per(aggregation, observations, Observation::byGender),
                per(aggregation, observations, Observation::byAgeBand),
                per(aggregation, observations, Observation::perArea), (int) units, observations.size());
    }

    private static Map<String, BigDecimal> per(Aggregation aggregation, List<Observation> observations,
                                               Function<Observation, Map<String, BigDecimal>> breakdown) {
        TreeSet<String> keys = new TreeSet<>();
        observations.forEach(observation -> keys.addAll(breakdown.apply(observation).keySet()));
        Map<String, BigDecimal> combined = new LinkedHashMap<>();
        for (String key : keys) {
            List<Aggregation.Weighted> values = new ArrayList<>();
            for (Observation observation : observations) {
                BigDecimal value = breakdown.apply(observation).get(key);
                if (value != null) {
                    values.add(new Aggregation.Weighted(value, observation.weight()));
                }
            }
            aggregation.combine(values).ifPresent(value -> combined.put(key, value));
        }
        return new TreeMap<>(combined);
    }
}
