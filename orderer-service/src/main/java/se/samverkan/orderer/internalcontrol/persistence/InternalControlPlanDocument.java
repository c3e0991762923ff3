package se.samverkan.orderer.internalcontrol.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Storage shape of a board's internal-control plan; one per board and year; dates as ISO text. */
@Document(InternalControlPlanDocument.COLLECTION)
@CompoundIndex(name = "board_year", def = "{'boardId': 1, 'year': 1}", unique = true)
class InternalControlPlanDocument {

    static final String COLLECTION = "internal_control_plans";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    String boardId;
    @Indexed
    String boardOrganisationId;
    int year;
    List<RiskDocument> risks = new ArrayList<>();
    List<ControlDocument> controls = new ArrayList<>();
    String decidedOn;
    String decisionReference;
    Boolean works;
    String assessment;
    String assessedOn;
    String assessedBy;
    Instant createdAt;
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;

    static class RiskDocument {
        String id;
        String title;
        String description;
        String source;
        int probability;
        int consequence;
    }

    static class ControlDocument {
        String id;
        String riskId;
        String what;
        String method;
        String responsible;
        String schedule;
        List<ResultDocument> results = new ArrayList<>();
    }

    static class ResultDocument {
        String report;
        String outcome;
        String comment;
        String action;
        String recordedOn;
        String recordedBy;
    }
}
