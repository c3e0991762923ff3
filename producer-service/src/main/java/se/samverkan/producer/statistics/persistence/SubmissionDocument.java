package se.samverkan.producer.statistics.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/**
 * Storage shape of a unit's submission for one period, keyed by unit and period, with every
 * version and the outbox of its unpublished events. Figures are kept as decimal text and
 * breakdowns as lists of entries, since an area's name may hold characters a field name may not.
 */
@Document(SubmissionDocument.COLLECTION)
class SubmissionDocument {

    static final String COLLECTION = "statistics_submissions";
    static final int SCHEMA_VERSION = 1;

    /** {@code <unitId>|<period>}: one submission per unit and period. */
    @Id
    String id;
    String submissionId;
    String providerId;
    String providerOrganisationId;
    String unitId;
    String unitName;
    String serviceArea;
    String area;
    String unitOpenedOn;
    String period;
    String frequency;
    int year;
    String periodStart;
    String dueOn;
    List<String> boardOrganisationIds = new ArrayList<>();
    Instant firstSubmittedAt;
    String firstSubmittedOn;
    Instant latestSubmittedAt;
    int latestVersion;
    List<VersionDocument> versions = new ArrayList<>();
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class VersionDocument {
        int version;
        List<ValueDocument> values = new ArrayList<>();
        String specificationId;
        int specificationVersion;
        String boardId;
        String boardOrganisationId;
        Instant submittedAt;
        String submittedOn;
        String submittedBy;
        String comment;
    }

    static class ValueDocument {
        String measure;
        String valueType;
        String value;
        String text;
        List<EntryDocument> byGender = new ArrayList<>();
        List<EntryDocument> byAgeBand = new ArrayList<>();
        List<EntryDocument> byArea = new ArrayList<>();
        Integer respondents;
        String responseRate;
    }

    static class EntryDocument {
        String key;
        String value;
    }
}
