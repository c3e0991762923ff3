package se.samverkan.reporting.economy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.samverkan.defaults.validation.Violations;

/** Amounts in kronor: BigDecimal with at most two decimals (öre), written the Swedish way in messages. */
public final class Kronor {

    /** No board's figure comes near ten thousand billion kronor; beyond it the input is a mistake. */
    static final BigDecimal LIMIT = new BigDecimal("10000000000000");

    private Kronor() {
    }

    /**
     * Checks an amount: present when required, at most two decimals, within ±10 000 000 000 000 kr
     * and, when {@code positive}, above zero, or when {@code notNegative}, zero or above. Answers
     * the amount when it passed, else null (with the violation added).
     */
    static BigDecimal check(Violations violations, String field, BigDecimal amount, boolean required, Sign sign) {
        if (amount == null) {
            if (required) {
                violations.add(field, "required", "Fältet '" + field + "' måste anges (belopp i kronor).");
            }
            return null;
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            violations.add(field, "range", "Beloppet i '" + field + "' är orimligt stort; ange kronor, t.ex. 1250000.50.");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(field, "scale", "Beloppet i '" + field + "' får ha högst två decimaler (ören).");
            return null;
        }
        if (sign == Sign.POSITIVE && amount.signum() <= 0) {
            violations.add(field, "positive", "Beloppet i '" + field + "' måste vara större än noll.");
            return null;
        }
        if (sign == Sign.NOT_NEGATIVE && amount.signum() < 0) {
            violations.add(field, "not-negative", "Beloppet i '" + field + "' får inte vara negativt.");
            return null;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    enum Sign { ANY, POSITIVE, NOT_NEGATIVE }

    /** {@code -1 234 567,50 kr}: space between thousands, decimal comma, always two decimals. */
    public static String format(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (rounded.signum() < 0 ? "-" : "") + grouped + "," + digits.substring(point + 1) + " kr";
    }

    static BigDecimal percentOf(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100));
    }
}
