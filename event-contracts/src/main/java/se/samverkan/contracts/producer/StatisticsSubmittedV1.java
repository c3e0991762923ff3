package se.samverkan.contracts.producer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A provider submitted the statistics of one unit for one period, checked against the orderer
 * board's statistics specification in force; a correction is a new version of the same
 * submission and is published again with the whole content. Published by producer-service.
 *
 * @param submissionId           the submission of this unit and period, the same for all its versions
 * @param providerId             the provider
 * @param providerOrganisationId the {@code org} claim of the provider's users
 * @param unitId                 the unit (utförarenhet) the figures are about
 * @param unitName               the unit's name
 * @param serviceArea            the unit's service-area code, e.g. {@code HOME_CARE}
 * @param area                   the part of the municipality the unit serves, or null
 * @param period                 {@code 2027-03} (a month), {@code 2027-Q1} (a quarter) or {@code 2027} (a year)
 * @param frequency              {@code MONTHLY}, {@code QUARTERLY} or {@code YEARLY}, as the period is written
 * @param periodStart            the period's first day, ISO date
 * @param periodEnd              the period's last day, ISO date
 * @param version                1 for the first submission, 2, 3, … for each correction; higher wins
 * @param specificationId        the statistics specification checked against
 * @param specificationVersion   its version in force for the period
 * @param boardId                the board whose specification it is
 * @param boardOrganisationId    the {@code org} claim of that board's officials
 * @param submittedAt            when this version was submitted, ISO instant
 * @param dueOn                  the last day the period's statistics were due, ISO date
 * @param late                   the period's first version arrived after {@code dueOn}
 * @param values                 every measure reported in this version
 */
public record StatisticsSubmittedV1(
        String submissionId,
        String providerId,
        String providerOrganisationId,
        String unitId,
        String unitName,
        String serviceArea,
        String area,
        String period,
        String frequency,
        String periodStart,
        String periodEnd,
        int version,
        String specificationId,
        int specificationVersion,
        String boardId,
        String boardOrganisationId,
        String submittedAt,
        String dueOn,
        boolean late,
        List<MeasureValue> values) {

    /**
     * One measure's reported figures.
     *
     * @param measure      the measure's code in the specification
     * @param valueType    {@code COUNT}, {@code AMOUNT}, {@code PERCENT} or {@code TEXT}
     * @param value        the total; null for a TEXT measure
     * @param text         the answer of a TEXT measure; else null
     * @param byGender     {@code K} (kvinnor), {@code M} (män), {@code T} (totalt) as given; empty when not broken down
     * @param byAgeBand    per age band of the specification ({@code 65-79}); empty when not broken down
     * @param byArea       per area of the municipality; empty when not broken down
     * @param respondents  a user survey's number of respondents; else null
     * @param responseRate a user survey's response rate in percent; else null
     */
    public record MeasureValue(
            String measure,
            String valueType,
            BigDecimal value,
            String text,
            Map<String, BigDecimal> byGender,
            Map<String, BigDecimal> byAgeBand,
            Map<String, BigDecimal> byArea,
            Integer respondents,
            BigDecimal responseRate) {
    }
}
