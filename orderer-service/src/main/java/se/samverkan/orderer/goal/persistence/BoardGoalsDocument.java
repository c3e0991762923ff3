package se.samverkan.orderer.goal.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/**
 * Storage shape of one board's goals for one mandate period, with its indicators and their
 * targets inside; the id is the board's id and the period, so there is one per board and period.
 * Target values are decimal text, never binary floating point.
 */
@Document(BoardGoalsDocument.COLLECTION)
class BoardGoalsDocument {

    static final String COLLECTION = "boardGoals";
    static final int SCHEMA_VERSION = 1;

    /** {@code <boardId>:<mandatePeriod>}. */
    @Id
    String id;
    @Indexed
    String boardId;
    String boardShortName;
    @Indexed
    String boardOrganisationId;
    @Indexed
    String mandatePeriod;
    int firstYear;
    List<GoalDocument> goals = new ArrayList<>();
    Instant adoptedAt;
    Instant revisedAt;
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static String idOf(String boardId, String mandatePeriod) {
        return boardId + ":" + mandatePeriod;
    }

    static class GoalDocument {
        String id;
        String title;
        String description;
        String councilGoalId;
        List<IndicatorDocument> indicators = new ArrayList<>();
    }

    static class IndicatorDocument {
        String id;
        String name;
        String unit;
        String direction;
        boolean concernsPeople;
        List<String> breakdowns = new ArrayList<>();
        List<TargetDocument> targets = new ArrayList<>();
        /** Null for an indicator not measured by a statistics measure, and in documents stored before it was added. */
        String measureCode;
        String aggregation;
    }

    static class TargetDocument {
        int year;
        String value;
    }
}
