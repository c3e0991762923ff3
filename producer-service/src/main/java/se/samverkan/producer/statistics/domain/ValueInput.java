package se.samverkan.producer.statistics.domain;

import java.math.BigDecimal;
import java.util.Map;

/** One measure's figures as the provider wrote them, before they are checked against the specification. */
public record ValueInput(String measure, BigDecimal value, String text, Map<String, BigDecimal> byGender,
                         Map<String, BigDecimal> byAgeBand, Map<String, BigDecimal> byArea, BigDecimal respondents,
                         BigDecimal responseRate) {
}
