package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.samverkan.defaults.validation.Violations;

/** Amounts in kronor: BigDecimal with at most two decimals (öre), never double. */
public final class Amounts {

    /** One hundred billion kronor: far above any unit's turnover, low enough to stay exact everywhere. */
    static final BigDecimal MAX = new BigDecimal("100000000000");
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Amounts() {
    }

    /** The amount in kronor when it is present, not negative, at most two decimals and not absurd; else a violation. */
    static BigDecimal kronor(Violations violations, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                violations.add(field, "required", "Fältet '" + field + "' måste anges (kronor).");
            }
            return null;
        }
        if (value.signum() < 0) {
            violations.add(field, "min", "Beloppet i '" + field + "' får inte vara negativt.");
            return null;
        }
        if (value.compareTo(MAX) > 0) {
            violations.add(field, "max", "Beloppet i '" + field + "' får vara högst 100 miljarder kronor.");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            violations.add(field, "scale", "Beloppet i '" + field + "' får ha högst två decimaler (öre).");
            return null;
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A percentage between the bounds with at most two decimals; else a violation. */
    static BigDecimal percent(Violations violations, String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            violations.add(field, "range", "Procentsatsen i '" + field + "' ska ligga mellan "
                    + min.toPlainString() + " och " + max.toPlainString() + ".");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            violations.add(field, "scale", "Procentsatsen i '" + field + "' får ha högst två decimaler.");
            return null;
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Operating margin (rörelsemarginal) in percent: result / revenues × 100, two decimals,
     * rounded half up; empty (null) when there are no revenues to relate the result to.
     */
    public static BigDecimal marginPercent(BigDecimal result, BigDecimal revenues) {
        if (revenues == null || revenues.signum() == 0) {
            return null;
        }
        return result.multiply(HUNDRED).divide(revenues, 2, RoundingMode.HALF_UP);
    }
}
