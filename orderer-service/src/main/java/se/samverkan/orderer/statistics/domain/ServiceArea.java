package se.samverkan.orderer.statistics.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The service area (verksamhetsområde) a statistics specification is for; the codes of the event contracts. */
public enum ServiceArea {
    HOME_CARE,
    RESIDENTIAL_CARE,
    LSS,
    DAILY_ACTIVITY,
    PRESCHOOL,
    COMPULSORY_SCHOOL,
    YOUTH_CENTRE,
    SWIMMING_HALL,
    SNOW_CLEARING;

    /** The constant the code names, in any letter case and with spaces around; empty when it names none. */
    public static Optional<ServiceArea> parse(String code) {
        String name = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(area -> area.name().equals(name)).findFirst();
    }
}
