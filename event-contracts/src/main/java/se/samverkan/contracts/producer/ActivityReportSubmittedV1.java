package se.samverkan.contracts.producer;

import java.util.Map;

/**
 * A provider submitted its activity report (verksamhetsberättelse) for a year, or a corrected
 * version of it. Published by producer-service. The report with the highest {@code number} for a
 * provider and year is the one in force.
 *
 * @param documentId             the report's id in producer-service
 * @param providerId             the provider
 * @param providerOrganisationId the {@code org} claim of the provider's users; may be null
 * @param year                   the year reported on
 * @param number                 1 for the first version, then 2, 3, … for corrections
 * @param submittedAt            when this version was submitted, ISO-8601 instant
 * @param dueOn                  the last day the report was on time, ISO date
 * @param late                   the first version came after {@code dueOn}
 * @param sections               the text per section code ({@code RESULTS}, {@code GOAL_ATTAINMENT},
 *                               {@code QUALITY_WORK}, {@code DEVIATIONS_AND_COMPLAINTS}, {@code STAFFING},
 *                               {@code ECONOMY})
 */
public record ActivityReportSubmittedV1(
        String documentId,
        String providerId,
        String providerOrganisationId,
        int year,
        int number,
        String submittedAt,
        String dueOn,
        boolean late,
        Map<String, String> sections) {
}
