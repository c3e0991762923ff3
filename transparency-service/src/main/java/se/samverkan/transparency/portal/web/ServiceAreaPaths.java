package se.samverkan.transparency.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import se.samverkan.contracts.producer.ServiceAreaCode;

/** The portal's Swedish paths of the service areas: {@code /jamfor/hemtjanst}, {@code /jamfor/forskola}, … */
public enum ServiceAreaPaths {
    HOME_CARE("hemtjanst"),
    RESIDENTIAL_CARE("sarskilt-boende"),
    LSS("lss"),
    DAILY_ACTIVITY("daglig-verksamhet"),
    PRESCHOOL("forskola"),
    COMPULSORY_SCHOOL("grundskola"),
    YOUTH_CENTRE("fritidsgard"),
    SWIMMING_HALL("simhall"),
    SNOW_CLEARING("snorojning");

    private final String slug;

    ServiceAreaPaths(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String code() {
        return name();
    }

    public String label() {
        return ServiceAreaCode.labelOf(name());
    }

    static Optional<ServiceAreaPaths> ofSlug(String slug) {
        return Arrays.stream(values()).filter(area -> area.slug.equals(slug)).findFirst();
    }

    static Optional<ServiceAreaPaths> ofCode(String code) {
        return Arrays.stream(values()).filter(area -> area.name().equals(code)).findFirst();
    }

    static List<ServiceAreaPaths> all() {
        return List.of(values());
    }
}
