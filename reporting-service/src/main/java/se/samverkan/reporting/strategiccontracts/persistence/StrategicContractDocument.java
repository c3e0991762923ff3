package se.samverkan.reporting.strategiccontracts.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One agreement as reporting-service knows it. The signing and the termination are kept with
 * their own versions, so whichever arrives first, both end up in the document; a document a
 * termination created before its signing arrived has no {@code signedVersion} and is not listed.
 */
@Document(StrategicContractDocument.COLLECTION)
class StrategicContractDocument {

    static final String COLLECTION = "strategic_contracts";

    @Id
    String id;
    String title;
    String boardId;
    @Indexed
    String boardOrganisationId;
    String providerId;
    @Indexed
    String providerOrganisationId;
    String route;
    String serviceArea;
    String startsOn;
    String endsOn;
    String annualValueSek;
    Boolean strategic;
    String contractManager;
    List<CategoryCountDocument> requirementsPerCategory = new ArrayList<>();
    String signedOn;
    Long signedVersion;
    String terminatedOn;
    String terminationReason;
    Long terminationVersion;
    Instant updatedAt;
    int schemaVersion = 1;

    static class CategoryCountDocument {
        String category;
        long count;
    }
}
