package se.samverkan.producer.resultunit.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.producer.resultunit.application.DialogueMeetingRepository;
import se.samverkan.producer.resultunit.domain.DialogueMeeting;

@Repository
class MongoDialogueMeetingRepository implements DialogueMeetingRepository {

    private final MongoTemplate mongo;

    MongoDialogueMeetingRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(DialogueMeeting meeting) {
        DialogueMeetingDocument document = new DialogueMeetingDocument();
        document.id = meeting.id().toString();
        document.providerOrganisationId = meeting.providerOrganisationId();
        document.heldOn = meeting.heldOn().toString();
        document.year = meeting.heldOn().getYear();
        document.season = meeting.season().name();
        document.participants = meeting.participants();
        document.agenda = meeting.agenda();
        document.decisions = meeting.decisions();
        mongo.insert(document);
    }

    @Override
    public Optional<DialogueMeeting> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), DialogueMeetingDocument.class))
                .map(MongoDialogueMeetingRepository::toDomain);
    }

    @Override
    public Page<DialogueMeeting> list(String providerOrganisationId, Integer year, Pageable pageable) {
        Query filter = new Query();
        if (providerOrganisationId != null) {
            filter.addCriteria(Criteria.where("providerOrganisationId").is(providerOrganisationId));
        }
        if (year != null) {
            filter.addCriteria(Criteria.where("year").is(year));
        }
        List<DialogueMeeting> content = mongo.find(Query.of(filter).with(pageable), DialogueMeetingDocument.class)
                .stream().map(MongoDialogueMeetingRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(filter, DialogueMeetingDocument.class));
    }

    private static DialogueMeeting toDomain(DialogueMeetingDocument document) {
        return new DialogueMeeting(UUID.fromString(document.id), document.providerOrganisationId,
                LocalDate.parse(document.heldOn), DialogueMeeting.Season.valueOf(document.season),
                document.participants == null ? List.of() : document.participants,
                document.agenda == null ? List.of() : document.agenda, document.decisions,
                document.version == null ? 0 : document.version);
    }
}
