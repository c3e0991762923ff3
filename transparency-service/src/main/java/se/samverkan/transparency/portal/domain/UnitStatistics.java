package se.samverkan.transparency.portal.domain;

import java.util.List;
import java.util.Objects;

/**
 * The latest version of one unit's statistics for one period, as submitted to the board. A newer
 * version replaces it whole; an older or repeated one changes nothing.
 *
 * @param period    {@code 2027-03}, {@code 2027-Q1} or {@code 2027}
 * @param periodEnd the period's last day (ISO date), which orders periods of any length
 */
public record UnitStatistics(String unitId, String providerId, String unitName, String serviceArea, String area,
                             String period, String periodStart, String periodEnd, int version,
                             List<MeasureFigures> values) {

    public UnitStatistics {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(period, "period");
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean supersedes(int storedVersion) {
        return version > storedVersion;
    }
}
