package se.samverkan.transparency.portal.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import se.samverkan.transparency.portal.domain.OpenDataValue;

/**
 * Open data as CSV that Swedish Excel opens as it is: UTF-8 with a byte-order mark, semicolons
 * between fields, decimal comma, CRLF line ends. A text field that Excel would take for a formula
 * is prefixed with an apostrophe.
 */
final class OpenDataCsv {

    static final String HEADER = "matt;enhet_id;enhet;verksamhetsomrade;period;kon;varde;antal;status";

    private OpenDataCsv() {
    }

    static byte[] write(List<OpenDataValue> values) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (OpenDataValue value : values) {
            for (OpenDataValue.GenderValue gender : value.values()) {
                csv.append(text(value.kpi())).append(';')
                        .append(text(value.unitId())).append(';')
                        .append(text(value.unitName())).append(';')
                        .append(text(value.serviceArea())).append(';')
                        .append(text(value.period())).append(';')
                        .append(gender.gender()).append(';')
                        .append(number(gender.value())).append(';')
                        .append(gender.n() == null ? "" : gender.n().toString()).append(';')
                        .append(gender.status() == OpenDataValue.Status.SHOWN ? "" : Formats.TOO_FEW)
                        .append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
