package se.samverkan.reporting.goalstructure.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One board's goal document of one mandate period, as last adopted; the id is
 * {@code <boardId>/<mandatePeriod>}. Target values are kept as decimal strings, never doubles.
 */
@Document(BoardGoalsDocument.COLLECTION)
class BoardGoalsDocument {

    static final String COLLECTION = "board_goals";

    @Id
    String id;
    String boardId;
    String boardShortName;
    String boardOrganisationId;
    @Indexed
    String mandatePeriod;
    List<BoardGoalDocument> goals = new ArrayList<>();
    Long version;
    Instant updatedAt;
    int schemaVersion = 1;

    static class BoardGoalDocument {
        String boardGoalId;
        String title;
        String description;
        String councilGoalId;
        List<IndicatorDocument> indicators = new ArrayList<>();
    }

    static class IndicatorDocument {
        String indicatorId;
        String name;
        String unit;
        String direction;
        boolean concernsPeople;
        List<String> breakdowns = new ArrayList<>();
        List<TargetDocument> targets = new ArrayList<>();
        String measureCode;
        String aggregation;
    }

    static class TargetDocument {
        int year;
        String value;
    }
}
