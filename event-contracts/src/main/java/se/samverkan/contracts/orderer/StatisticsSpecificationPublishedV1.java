package se.samverkan.contracts.orderer;

import java.math.BigDecimal;
import java.util.List;

/**
 * An orderer board published a version of its statistics specification (statistikspecifikation)
 * for one service area: everything each provider unit in that area reports to the board, how
 * often and broken down how. Published by orderer-service. A version, once published, never
 * changes; a later version has a higher {@code version} and a later {@code validFrom}.
 *
 * @param specificationId     the specification's id in orderer-service, the same for all its versions
 * @param boardId             the board that decided it
 * @param boardOrganisationId the {@code org} claim of the board's officials, e.g. {@code board-von}
 * @param boardShortName      the board's short name, e.g. {@code VON}
 * @param serviceArea         code of the service area, as in {@code ServiceAreaCode}, e.g. {@code HOME_CARE}
 * @param version             1 for the first published version, then 2, 3, …
 * @param validFrom           the first day this version applies to, ISO-8601 ({@code 2027-01-01}); it applies
 *                            until the day before the next version's {@code validFrom}
 * @param ageBands            the age bands of every {@code AGE_BAND} breakdown, e.g. {@code 65-79}, {@code 90-}
 * @param measures            what is reported, in the board's order
 */
public record StatisticsSpecificationPublishedV1(
        String specificationId,
        String boardId,
        String boardOrganisationId,
        String boardShortName,
        String serviceArea,
        int version,
        String validFrom,
        List<String> ageBands,
        List<Measure> measures) {

    /**
     * One measure (mått, nyckeltal) of the specification.
     *
     * @param code                stable code, unique within the specification, e.g. {@code HOME_CARE_HOURS_PERFORMED}
     * @param name                Swedish name
     * @param definition          how it is counted; may be null
     * @param category            {@code VOLUME}, {@code RESOURCE}, {@code PRODUCTIVITY}, {@code QUALITY},
     *                            {@code FOCUS_AREA}, {@code NATIONAL_REGISTER}, {@code USER_SURVEY} or
     *                            {@code COMPLAINTS_AND_DEVIATIONS}
     * @param valueType           {@code COUNT} (a whole number, 0 or more), {@code AMOUNT} (a decimal number),
     *                            {@code PERCENT} (0–100) or {@code TEXT}
     * @param unit                the unit of a COUNT or AMOUNT ({@code timmar}, {@code kronor}); null for PERCENT and TEXT
     * @param frequency           {@code MONTHLY}, {@code QUARTERLY} or {@code YEARLY}
     * @param required            whether every unit must report it
     * @param breakdowns          {@code GENDER} (kvinnor, män, totalt), {@code AGE_BAND}, {@code AREA}; empty for none
     * @param minValue            the lowest value a report may give; null for none (always 0 or more for COUNT and PERCENT)
     * @param maxValue            the highest value a report may give; null for none (at most 100 for PERCENT)
     * @param reportsRespondents  a USER_SURVEY measure: the number of respondents is reported with the result
     * @param reportsResponseRate a USER_SURVEY measure: the response rate (percent) is reported with the result
     * @param volumeMeasure       a PRODUCTIVITY measure: the code of the VOLUME measure it relates; else null
     * @param resourceMeasure     a PRODUCTIVITY measure: the code of the RESOURCE measure it relates; else null
     * @param sourceSystem        the system the figure is taken from instead of being reported by the provider;
     *                            null when the provider reports it
     */
    public record Measure(
            String code,
            String name,
            String definition,
            String category,
            String valueType,
            String unit,
            String frequency,
            boolean required,
            List<String> breakdowns,
            BigDecimal minValue,
            BigDecimal maxValue,
            boolean reportsRespondents,
            boolean reportsResponseRate,
            String volumeMeasure,
            String resourceMeasure,
            String sourceSystem) {
    }
}
