package se.samverkan.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Figures from the APIs as a Swedish reader writes them, for the templates ({@code ${@tal.kr(...)}}). */
@Component("tal")
public class Figures {

    /** Kronor, whole or with öre: {@code 1 250 000 kr}. */
    public String kr(JsonNode value) {
        return text(value, "kr");
    }

    /** A percentage: {@code 4,5 %}. */
    public String procent(JsonNode value) {
        return text(value, "%");
    }

    /** A figure with its unit as the API names it ({@code procent}, {@code antal}, ...). */
    public String med(JsonNode value, String unit) {
        return text(value, "antal".equals(unit) ? null : unit);
    }

    private static String text(JsonNode value, String unit) {
        BigDecimal number = decimal(value);
        return number == null ? "–" : BarChart.number(number, unit);
    }

    static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
