package se.samverkan.reporting.goalstructure.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The council's goal document of one mandate period (the id), as last adopted. */
@Document(CouncilGoalsDocument.COLLECTION)
class CouncilGoalsDocument {

    static final String COLLECTION = "council_goals";

    @Id
    String id;
    String vision;
    String councilProgramme;
    List<CouncilGoalDocument> goals = new ArrayList<>();
    Long version;
    Instant updatedAt;
    int schemaVersion = 1;

    static class CouncilGoalDocument {
        String councilGoalId;
        int number;
        String title;
        String description;
        String goalArea;
    }
}
