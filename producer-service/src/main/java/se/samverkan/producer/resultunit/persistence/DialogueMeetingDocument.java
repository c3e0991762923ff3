package se.samverkan.producer.resultunit.persistence;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Storage shape of a dialogue meeting's record; the date as ISO text. */
@Document(DialogueMeetingDocument.COLLECTION)
class DialogueMeetingDocument {

    static final String COLLECTION = "dialogue_meetings";

    @Id
    String id;
    @Indexed
    String providerOrganisationId;
    String heldOn;
    int year;
    String season;
    List<String> participants = new ArrayList<>();
    List<String> agenda = new ArrayList<>();
    List<String> decisions = new ArrayList<>();
    int schemaVersion = 1;
    @Version
    Long version;
}
