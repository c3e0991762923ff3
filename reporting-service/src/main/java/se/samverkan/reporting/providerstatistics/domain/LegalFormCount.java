package se.samverkan.reporting.providerstatistics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkan.contracts.producer.LegalFormCode;

/** How many providers there are of one legal form. */
public record LegalFormCount(String legalForm, String label, long count) {

    /**
     * Every known legal form in the contract's order, zero where there is none, then any form
     * this reader does not know yet, so no provider goes uncounted.
     */
    public static List<LegalFormCount> complete(Map<String, Long> counted) {
        Map<String, Long> remaining = new LinkedHashMap<>(counted);
        List<LegalFormCount> result = new ArrayList<>();
        Arrays.stream(LegalFormCode.values()).forEach(form ->
                result.add(new LegalFormCount(form.name(), form.label(), remaining.getOrDefault(form.name(), 0L))));
        Arrays.stream(LegalFormCode.values()).forEach(form -> remaining.remove(form.name()));
        remaining.forEach((code, count) -> result.add(new LegalFormCount(code, LegalFormCode.labelOf(code), count)));
        return result;
    }
}
