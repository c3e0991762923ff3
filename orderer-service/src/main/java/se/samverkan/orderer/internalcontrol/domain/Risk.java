package se.samverkan.orderer.internalcontrol.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A risk of the board's risk analysis, graded on the four-by-four scale: probability and
 * consequence each from 1 (low) to 4 (high); the risk value is their product.
 */
public record Risk(UUID id, String title, String description, RiskSource source, int probability, int consequence) {

    /** From this risk value on a risk is high and needs a control in the plan. */
    public static final int HIGH = 9;

    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
    }

    public int value() {
        return probability * consequence;
    }

    public boolean high() {
        return value() >= HIGH;
    }
}
