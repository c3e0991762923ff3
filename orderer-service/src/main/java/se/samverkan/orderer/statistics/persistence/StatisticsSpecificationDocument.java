package se.samverkan.orderer.statistics.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/**
 * Storage shape of a statistics specification: its draft, every published version and the outbox
 * of its unpublished events, in one document. Dates as ISO-8601 text and decimals as plain text,
 * so no time zone or binary rounding creeps in.
 */
@Document(StatisticsSpecificationDocument.COLLECTION)
@CompoundIndex(name = "board_service_area", def = "{'boardId': 1, 'serviceArea': 1}", unique = true)
class StatisticsSpecificationDocument {

    static final String COLLECTION = "statisticsSpecifications";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    String boardId;
    @Indexed
    String boardOrganisationId;
    String boardShortName;
    String serviceArea;
    Instant createdAt;
    /** Absent when every version is published. */
    DraftDocument draft;
    /** Oldest first; entries never change once added. */
    List<VersionDocument> published = new ArrayList<>();
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class DraftDocument {
        int version;
        ContentDocument content;
        Instant changedAt;
    }

    static class VersionDocument {
        int version;
        ContentDocument content;
        Instant publishedAt;
    }

    static class ContentDocument {
        String validFrom;
        List<String> ageBands = new ArrayList<>();
        List<MeasureDocument> measures = new ArrayList<>();
    }

    static class MeasureDocument {
        String code;
        String name;
        String definition;
        String category;
        String valueType;
        String unit;
        String frequency;
        boolean required;
        List<String> breakdowns = new ArrayList<>();
        String minValue;
        String maxValue;
        boolean reportsRespondents;
        boolean reportsResponseRate;
        String volumeMeasure;
        String resourceMeasure;
        String sourceSystem;
    }
}
