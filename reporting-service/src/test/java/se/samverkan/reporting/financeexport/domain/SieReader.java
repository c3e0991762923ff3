package se.samverkan.reporting.financeexport.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of SIE 4 files for the tests: splits each line into its label and fields the way
 * the format defines them (spaces between fields, quoted fields with backslash escapes, an object
 * list in braces as one field), so a test can check a file the way a receiving program reads it.
 */
public final class SieReader {

    public record Line(String label, List<String> fields) {
    }

    private final List<Line> lines = new ArrayList<>();

    public SieReader(String text) {
        for (String raw : text.split("\r\n")) {
            if (raw.isBlank()) {
                continue;
            }
            List<String> fields = split(raw);
            lines.add(new Line(fields.get(0), fields.subList(1, fields.size())));
        }
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Line> all(String label) {
        return lines.stream().filter(line -> line.label().equals(label)).toList();
    }

    public String first(String label, int field) {
        return all(label).get(0).fields().get(field);
    }

    /** #PSALDO amounts summed per account. */
    public Map<String, BigDecimal> periodBalancesPerAccount() {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Line line : all("#PSALDO")) {
            sums.merge(line.fields().get(2), new BigDecimal(line.fields().get(4)), BigDecimal::add);
        }
        return sums;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int braces = 0;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    current.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"' && braces == 0) {
                quoted = true;
                any = true;
            } else if (c == '{') {
                braces++;
                current.append(c);
                any = true;
            } else if (c == '}') {
                braces--;
                current.append(c);
            } else if (c == ' ' && braces == 0) {
                if (any || current.length() > 0) {
                    fields.add(current.toString());
                }
                current.setLength(0);
                any = false;
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any || current.length() > 0) {
            fields.add(current.toString());
        }
        return fields;
    }
}
