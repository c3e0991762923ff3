package se.samverkan.orderer.goal.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An indicator's target value (målvärde) for one year. */
public record Target(int year, BigDecimal value) {

    public Target {
        Objects.requireNonNull(value, "value");
    }
}
