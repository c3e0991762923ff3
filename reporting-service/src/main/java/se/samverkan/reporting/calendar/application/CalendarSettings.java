package se.samverkan.reporting.calendar.application;

import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import se.samverkan.reporting.calendar.domain.DueDates;

/**
 * The due days of the reporting calendar ({@code samverkan.reporting.calendar.*}). Seed 004 names
 * the months; the days are KS's instructions, so they are settings, checked at start-up.
 *
 * @param monthlyDueDay          day of the following month a monthly report is due, 1–28 (default 10)
 * @param interimDue             {@code MM-DD} the interim report per August is due (default {@code 09-15})
 * @param preliminaryAccountsDue {@code MM-DD} in January the preliminary accounts are due (default {@code 01-15})
 * @param annualReportDue        {@code MM-DD} before April the annual report is due (default {@code 02-15})
 * @param zone                   the municipality's time zone, which decides the day a report was handed in
 *                               (default {@code Europe/Stockholm})
 */
@ConfigurationProperties("samverkan.reporting.calendar")
public record CalendarSettings(Integer monthlyDueDay, String interimDue, String preliminaryAccountsDue,
                               String annualReportDue, String zone) {

    public CalendarSettings {
        monthlyDueDay = monthlyDueDay == null ? DueDates.DEFAULT.monthlyDay() : monthlyDueDay;
        interimDue = interimDue == null ? text(DueDates.DEFAULT.interim()) : interimDue;
        preliminaryAccountsDue = preliminaryAccountsDue == null ? text(DueDates.DEFAULT.preliminaryAccounts())
                : preliminaryAccountsDue;
        annualReportDue = annualReportDue == null ? text(DueDates.DEFAULT.annualReport()) : annualReportDue;
        zone = zone == null ? "Europe/Stockholm" : zone;
        ZoneId.of(zone); // fails start-up on an unknown zone
        dueDates(monthlyDueDay, interimDue, preliminaryAccountsDue, annualReportDue); // and on bad due days
    }

    public DueDates dueDates() {
        return dueDates(monthlyDueDay, interimDue, preliminaryAccountsDue, annualReportDue);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    private static DueDates dueDates(int monthly, String interim, String preliminary, String annual) {
        return new DueDates(monthly, monthDay("interim-due", interim),
                monthDay("preliminary-accounts-due", preliminary), monthDay("annual-report-due", annual));
    }

    private static MonthDay monthDay(String name, String value) {
        try {
            return MonthDay.parse("--" + value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("samverkan.reporting.calendar." + name + " must be MM-DD, was '"
                    + value + "'", e);
        }
    }

    private static String text(MonthDay day) {
        return day.toString().substring(2);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarSettings.class)
    static class Enable {
    }
}
