package se.samverkan.reporting.inhouseeconomy.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One in-house result unit's year: its closed months keyed by month number ("1"–"12"). */
@Document(UnitYearDocument.COLLECTION)
class UnitYearDocument {

    static final String COLLECTION = "in_house_unit_years";

    /** {@code <resultUnitId>:<year>}. */
    @Id
    String id;
    String resultUnitId;
    String name;
    String serviceArea;
    @Indexed
    String providerOrganisationId;
    @Indexed
    Integer year;
    Map<String, MonthDocument> months = new LinkedHashMap<>();
    Instant updatedAt;
    int schemaVersion = 1;

    static class MonthDocument {
        String revenues;
        String costs;
        String marginRequirement;
        String requirementSource;
        String equityBroughtForward;
        long unitVersion;
    }
}
