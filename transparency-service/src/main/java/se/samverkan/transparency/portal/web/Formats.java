package se.samverkan.transparency.portal.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.Collator;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.Locale;

import se.samverkan.transparency.portal.domain.Cell;

/** Figures written the Swedish way: decimal comma, a space between thousands. */
final class Formats {

    static final String TOO_FEW = "för få svar";
    static final String NOT_REPORTED = "–";
    static final Comparator<Object> SWEDISH = swedish();

    private Formats() {
    }

    private static Comparator<Object> swedish() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return NOT_REPORTED;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0.#", symbols);
        return format.format(value);
    }

    static String cell(Cell cell) {
        if (cell.isShown()) {
            return number(cell.value());
        }
        return cell.isTooFew() ? TOO_FEW : NOT_REPORTED;
    }

    static String percent(Cell cell) {
        return cell.isShown() ? number(cell.value()) + " %" : cell(cell);
    }
}
