package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A unit's monthly follow-up (månadsuppföljning): economy (revenues and costs) and the notes on
 * output, quality and staff that seed 003 asks for each month. Open until the month is closed;
 * a closed month is final.
 *
 * @param outputVolume             output in the unit's own measure (visits, care days, children), may be null
 * @param staffFullTimeEquivalents staff in full-time equivalents (årsarbetare), may be null
 * @param sickLeavePercent         sick leave in percent of scheduled time, may be null
 * @param actionPlan               the action plan recorded when the month was closed, may be null
 */
public record MonthOutcome(YearMonth period, BigDecimal revenues, BigDecimal costs, Long outputVolume,
                           String outputNote, String qualityNote, BigDecimal staffFullTimeEquivalents,
                           BigDecimal sickLeavePercent, String staffNote, boolean closed, Instant closedAt,
                           boolean majorDeviation, String actionPlan) {

    public MonthOutcome {
        Objects.requireNonNull(period);
        Objects.requireNonNull(revenues);
        Objects.requireNonNull(costs);
    }

    public BigDecimal result() {
        return revenues.subtract(costs);
    }

    MonthOutcome close(Instant at, boolean major, String plan) {
        return new MonthOutcome(period, revenues, costs, outputVolume, outputNote, qualityNote,
                staffFullTimeEquivalents, sickLeavePercent, staffNote, true, at, major, plan);
    }
}
