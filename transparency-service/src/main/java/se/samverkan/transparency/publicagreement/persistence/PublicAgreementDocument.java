package se.samverkan.transparency.publicagreement.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The public read model of one agreement. The signing's fields and {@code version} are null until
 * {@code agreement.signed.v1} has arrived (a termination may come first); such a document is not
 * shown. The termination's fields carry their own {@code terminationVersion}.
 */
@Document(PublicAgreementDocument.COLLECTION)
class PublicAgreementDocument {

    static final String COLLECTION = "public_agreements";

    @Id
    String id;
    String boardId;
    String boardOrganisationId;
    @Indexed
    String providerId;
    String route;
    String serviceArea;
    String title;
    String startsOn;
    String endsOn;
    /** Kronor per year as a decimal string, so no figure passes through a double. */
    String annualValueSek;
    Boolean strategic;
    Boolean legallyBinding;
    List<RequirementDocument> requirements = new ArrayList<>();
    String signedOn;
    Long version;
    String terminatedOn;
    String terminationReason;
    Long terminationVersion;
    Instant updatedAt;
    int schemaVersion = 1;

    static class RequirementDocument {
        String requirementId;
        String category;
        String text;
        String followUpMethod;
    }
}
