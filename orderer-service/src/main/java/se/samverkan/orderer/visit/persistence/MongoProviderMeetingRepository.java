package se.samverkan.orderer.visit.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.orderer.visit.application.ProviderMeetingRepository;
import se.samverkan.orderer.visit.domain.BoardRef;
import se.samverkan.orderer.visit.domain.ProviderMeeting;
import se.samverkan.orderer.visit.domain.ProviderMeetingId;

@Repository
class MongoProviderMeetingRepository implements ProviderMeetingRepository {

    private final MongoTemplate mongo;

    MongoProviderMeetingRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(ProviderMeeting meeting) {
        mongo.insert(toDocument(meeting));
    }

    /** One write that matches only the version read (optimistic locking on {@code @Version}). */
    @Override
    public boolean update(ProviderMeeting meeting, long readVersion) {
        ProviderMeetingDocument document = toDocument(meeting);
        document.version = readVersion;
        try {
            mongo.save(document);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return false;
        }
    }

    @Override
    public Optional<ProviderMeeting> find(ProviderMeetingId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), ProviderMeetingDocument.class))
                .map(MongoProviderMeetingRepository::toDomain);
    }

    @Override
    public Page<ProviderMeeting> list(Filter filter, Pageable pageable) {
        Query query = new Query();
        if (filter.boardId() != null) {
            query.addCriteria(Criteria.where("boardId").is(filter.boardId()));
        }
        if (filter.serviceArea() != null) {
            query.addCriteria(Criteria.where("serviceArea").is(filter.serviceArea()));
        }
        if (filter.held() != null) {
            query.addCriteria(Criteria.where("held").is(filter.held()));
        }
        if (filter.visibleToBoardOrganisation() != null) {
            query.addCriteria(Criteria.where("boardOrganisationId").is(filter.visibleToBoardOrganisation()));
        }
        List<ProviderMeeting> content = mongo.find(Query.of(query).with(pageable), ProviderMeetingDocument.class)
                .stream().map(MongoProviderMeetingRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(query, ProviderMeetingDocument.class));
    }

    @Override
    public List<ProviderMeeting> ofBoard(String boardOrganisationId, int year) {
        // ISO dates compare as text
        return mongo.find(Query.query(Criteria.where("boardOrganisationId").is(boardOrganisationId)
                        .and("meetingOn").gte(year + "-01-01").lte(year + "-12-31")), ProviderMeetingDocument.class)
                .stream().map(MongoProviderMeetingRepository::toDomain).toList();
    }

    private static ProviderMeetingDocument toDocument(ProviderMeeting meeting) {
        ProviderMeetingDocument d = new ProviderMeetingDocument();
        d.id = meeting.id().toString();
        d.boardId = meeting.board().boardId();
        d.boardOrganisationId = meeting.board().boardOrganisationId();
        d.serviceArea = meeting.serviceArea();
        d.plannedOn = meeting.plannedOn().toString();
        d.agenda = meeting.agenda().orElse(null);
        d.heldOn = meeting.heldOn().map(LocalDate::toString).orElse(null);
        d.held = meeting.held();
        d.meetingOn = meeting.heldOn().orElse(meeting.plannedOn()).toString();
        d.participants = new ArrayList<>(meeting.participants());
        d.notes = meeting.notes().orElse(null);
        d.registeredBy = meeting.registeredBy();
        d.createdAt = meeting.createdAt();
        d.version = meeting.version() == 0 ? null : meeting.version();
        return d;
    }

    private static ProviderMeeting toDomain(ProviderMeetingDocument d) {
        ProviderMeeting.Builder b = new ProviderMeeting.Builder();
        b.id = ProviderMeetingId.parse(d.id).orElseThrow();
        b.board = new BoardRef(d.boardId, d.boardOrganisationId);
        b.serviceArea = d.serviceArea;
        b.plannedOn = LocalDate.parse(d.plannedOn);
        b.agenda = d.agenda;
        b.heldOn = d.heldOn == null ? null : LocalDate.parse(d.heldOn);
        b.participants = d.participants == null ? new ArrayList<>() : new ArrayList<>(d.participants);
        b.notes = d.notes;
        b.registeredBy = d.registeredBy;
        b.createdAt = d.createdAt;
        b.version = d.version == null ? 0 : d.version;
        return ProviderMeeting.restore(b);
    }
}
