package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.samverkan.producer.provider.domain.ServiceArea;

/**
 * Equity summed per service area (seed 003: "eget kapital … som redovisas per resultatenhet och
 * summeras per verksamhetsområde"), so a surplus in one unit may even out a deficit in another
 * of the same area.
 */
public record ServiceAreaEquity(ServiceArea serviceArea, int year, int units, BigDecimal broughtForward,
                                BigDecimal result) {

    public BigDecimal carriedForward() {
        return broughtForward.add(result);
    }

    /** Each service area that has units, in the order of the service areas, with its units' equity summed. */
    public static List<ServiceAreaEquity> sum(List<ResultUnit> units, int year) {
        Map<ServiceArea, ServiceAreaEquity> sums = new TreeMap<>(Comparator.naturalOrder());
        for (ResultUnit unit : units) {
            Equity equity = unit.equity(year);
            sums.merge(unit.serviceArea(), new ServiceAreaEquity(unit.serviceArea(), year, 1, equity.broughtForward(),
                    equity.result()), (a, b) -> new ServiceAreaEquity(a.serviceArea, year, a.units + b.units,
                    a.broughtForward.add(b.broughtForward), a.result.add(b.result)));
        }
        return new ArrayList<>(sums.values());
    }
}
