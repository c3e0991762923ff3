package se.samverkan.contracts.producer;

/**
 * The production board closed a month of a result unit (resultatenhet) of the in-house
 * production: the month's outcome is final. Published by producer-service. Amounts are kronor as
 * decimal text with two decimals ({@code "812500.00"}), percentages likewise ({@code "3.50"}).
 *
 * @param resultUnitId              the result unit
 * @param providerId                the in-house provider the unit belongs to
 * @param providerOrganisationId    the org id of the in-house provider (its production board acts for it)
 * @param name                      the unit's name
 * @param serviceArea               code of the unit's service area, e.g. {@code HOME_CARE}
 * @param year                      the year of the closed month
 * @param month                     the closed month, 1–12
 * @param revenues                  the month's revenues
 * @param costs                     the month's costs
 * @param result                    the month's result, revenues minus costs
 * @param revenuesToDate            revenues of the year's closed months through this one
 * @param costsToDate               costs of the year's closed months through this one
 * @param resultToDate              result of the year's closed months through this one
 * @param budgetResultToDate        the yearly budget's result spread evenly, through this month
 * @param operatingMarginToDate     result to date / revenues to date, percent; null without revenues
 * @param marginRequirement         the year's required operating margin in percent; null when none applies
 * @param marginRequirementSource   {@code LADDER} (the production's ladder) or {@code DECIDED} (the unit's own); null with no requirement
 * @param majorDeviation            whether the result to date is a major deviation from budget
 * @param actionPlanRecorded        whether an action plan was recorded with the closing
 * @param equityBroughtForward      the unit's equity brought into the year
 * @param equityCarriedForward      equity brought forward plus the result to date
 * @param unitVersion               the result unit aggregate's version after the closing
 */
public record ResultUnitMonthClosedV1(
        String resultUnitId,
        String providerId,
        String providerOrganisationId,
        String name,
        String serviceArea,
        int year,
        int month,
        String revenues,
        String costs,
        String result,
        String revenuesToDate,
        String costsToDate,
        String resultToDate,
        String budgetResultToDate,
        String operatingMarginToDate,
        String marginRequirement,
        String marginRequirementSource,
        boolean majorDeviation,
        boolean actionPlanRecorded,
        String equityBroughtForward,
        String equityCarriedForward,
        long unitVersion) {
}
