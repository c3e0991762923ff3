package se.samverkan.transparency.portal.domain;

import java.math.BigDecimal;

/**
 * One figure as published: shown, withheld because too few stand behind it (or because it could
 * be computed from the shown ones), or not reported at all.
 */
public record Cell(BigDecimal value, State state) {

    public enum State { SHOWN, TOO_FEW, NOT_REPORTED }

    public static Cell shown(BigDecimal value) {
        return new Cell(value, State.SHOWN);
    }

    public static Cell tooFew() {
        return new Cell(null, State.TOO_FEW);
    }

    public static Cell notReported() {
        return new Cell(null, State.NOT_REPORTED);
    }

    public boolean isShown() {
        return state == State.SHOWN;
    }

    public boolean isTooFew() {
        return state == State.TOO_FEW;
    }
}
