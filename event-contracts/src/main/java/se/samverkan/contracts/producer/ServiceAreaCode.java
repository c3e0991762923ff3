package se.samverkan.contracts.producer;

import java.util.Arrays;

/**
 * The service areas (verksamhetsområden) a unit can work in, as codes on the wire, with the
 * Swedish label every service shows. Readers meeting an unknown code show the code itself.
 */
public enum ServiceAreaCode {
    HOME_CARE("Hemtjänst"),
    RESIDENTIAL_CARE("Särskilt boende"),
    LSS("LSS-verksamhet"),
    DAILY_ACTIVITY("Daglig verksamhet"),
    PRESCHOOL("Förskola"),
    COMPULSORY_SCHOOL("Grundskola"),
    YOUTH_CENTRE("Fritidsgård"),
    SWIMMING_HALL("Simhall"),
    SNOW_CLEARING("Snöröjning");

    private final String label;

    ServiceAreaCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Swedish label of a code, or the code itself when this reader does not know it. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(area -> area.name().equals(code)).findFirst()
                .map(ServiceAreaCode::label).orElse(code);
    }
}
