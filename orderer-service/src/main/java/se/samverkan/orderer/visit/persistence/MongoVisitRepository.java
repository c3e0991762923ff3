package se.samverkan.orderer.visit.persistence;

import java.time.LocalDate;
import java.util.Collection;
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

import se.samverkan.orderer.visit.application.VisitRepository;
import se.samverkan.orderer.visit.domain.BoardRef;
import se.samverkan.orderer.visit.domain.SeriousComplaint;
import se.samverkan.orderer.visit.domain.UnitRef;
import se.samverkan.orderer.visit.domain.Visit;
import se.samverkan.orderer.visit.domain.VisitId;
import se.samverkan.orderer.visit.domain.VisitKind;
import se.samverkan.orderer.visit.domain.VisitStatus;

@Repository
class MongoVisitRepository implements VisitRepository {

    private final MongoTemplate mongo;

    MongoVisitRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Visit visit) {
        mongo.insert(toDocument(visit));
    }

    /** One write that matches only the version read (optimistic locking on {@code @Version}). */
    @Override
    public boolean update(Visit visit, long readVersion) {
        VisitDocument document = toDocument(visit);
        document.version = readVersion;
        try {
            mongo.save(document);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return false;
        }
    }

    @Override
    public Optional<Visit> find(VisitId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), VisitDocument.class)).map(MongoVisitRepository::toDomain);
    }

    @Override
    public Page<Visit> list(Filter filter, Pageable pageable) {
        Query query = new Query();
        equal(query, "boardId", filter.boardId());
        equal(query, "unitId", filter.unitId());
        equal(query, "providerId", filter.providerId());
        equal(query, "kind", filter.kind() == null ? null : filter.kind().name());
        equal(query, "status", filter.status() == null ? null : filter.status().name());
        if (filter.seriousComplaint() != null) {
            query.addCriteria(Criteria.where("seriousComplaint").is(filter.seriousComplaint()));
        }
        equal(query, "boardOrganisationId", filter.visibleToBoardOrganisation());
        if (filter.visibleToProviderOrganisation() != null) {
            query.addCriteria(Criteria.where("providerOrganisationId").is(filter.visibleToProviderOrganisation())
                    .and("visibleToProvider").is(true));
        }
        List<Visit> content = mongo.find(Query.of(query).with(pageable), VisitDocument.class).stream()
                .map(MongoVisitRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, VisitDocument.class));
    }

    @Override
    public List<Visit> ofUnits(String boardOrganisationId, Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("boardOrganisationId").is(boardOrganisationId)
                .and("unitId").in(unitIds)), VisitDocument.class).stream().map(MongoVisitRepository::toDomain).toList();
    }

    private static void equal(Query query, String field, String value) {
        if (value != null) {
            query.addCriteria(Criteria.where(field).is(value));
        }
    }

    private static VisitDocument toDocument(Visit visit) {
        VisitDocument d = new VisitDocument();
        d.id = visit.id().toString();
        d.boardId = visit.board().boardId();
        d.boardOrganisationId = visit.board().boardOrganisationId();
        UnitRef unit = visit.unit();
        d.unitId = unit.unitId();
        d.unitName = unit.unitName();
        d.serviceArea = unit.serviceArea();
        d.providerId = unit.providerId();
        d.providerName = unit.providerName();
        d.providerOrganisationId = unit.providerOrganisationId();
        d.kind = visit.kind().name();
        d.status = visit.status().name();
        d.visibleToProvider = visit.visibleToProvider();
        d.plannedOn = visit.plannedOn().toString();
        d.responsible = visit.responsible();
        d.purpose = visit.purpose().orElse(null);
        visit.complaint().ifPresent(complaint -> {
            d.seriousComplaint = true;
            d.complaintReceivedOn = complaint.receivedOn().toString();
            d.complaintSummary = complaint.summary();
            d.complaintRegisteredBy = complaint.registeredBy();
            d.complaintRegisteredOn = complaint.registeredOn().toString();
        });
        d.performedOn = visit.performedOn().map(LocalDate::toString).orElse(null);
        d.performedBy = visit.performedBy().orElse(null);
        d.outcome = visit.outcome().orElse(null);
        d.registeredBy = visit.registeredBy();
        d.createdAt = visit.createdAt();
        d.version = visit.version() == 0 ? null : visit.version();
        return d;
    }

    private static Visit toDomain(VisitDocument d) {
        Visit.Builder b = new Visit.Builder();
        b.id = VisitId.parse(d.id).orElseThrow();
        b.board = new BoardRef(d.boardId, d.boardOrganisationId);
        b.unit = new UnitRef(d.unitId, d.unitName, d.serviceArea, d.providerId, d.providerName,
                d.providerOrganisationId);
        b.kind = VisitKind.valueOf(d.kind);
        b.status = VisitStatus.valueOf(d.status);
        b.plannedOn = LocalDate.parse(d.plannedOn);
        b.responsible = d.responsible;
        b.purpose = d.purpose;
        b.complaint = d.seriousComplaint ? new SeriousComplaint(LocalDate.parse(d.complaintReceivedOn),
                d.complaintSummary, d.complaintRegisteredBy, LocalDate.parse(d.complaintRegisteredOn)) : null;
        b.performedOn = d.performedOn == null ? null : LocalDate.parse(d.performedOn);
        b.performedBy = d.performedBy;
        b.outcome = d.outcome;
        b.registeredBy = d.registeredBy;
        b.createdAt = d.createdAt;
        b.version = d.version == null ? 0 : d.version;
        return Visit.restore(b);
    }
}
