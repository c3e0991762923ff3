package se.samverkan.orderer.agreement.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.orderer.agreement.application.AgreementRepository;
import se.samverkan.orderer.agreement.domain.Agreement;
import se.samverkan.orderer.agreement.domain.AgreementId;
import se.samverkan.orderer.agreement.domain.AgreementStatus;
import se.samverkan.orderer.agreement.domain.DirectOrderStep;
import se.samverkan.orderer.agreement.domain.FollowUpMethod;
import se.samverkan.orderer.agreement.domain.Level;
import se.samverkan.orderer.agreement.domain.ProcurementRoute;
import se.samverkan.orderer.agreement.domain.Requirement;
import se.samverkan.orderer.agreement.domain.RequirementCategory;
import se.samverkan.orderer.provider.domain.ContractableProvider;

@Repository
class MongoAgreementRepository implements AgreementRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoAgreementRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public void insert(Agreement agreement) {
        mongo.insert(toDocument(agreement));
    }

    @Override
    public boolean insertIfAbsent(Agreement agreement, List<EventEnvelope<?>> events) {
        AgreementDocument document = toDocument(agreement);
        events.forEach(event -> document.outbox.add(outbox.entry(event)));
        // written as converted, so the stored version is the aggregate's (an insert of the mapped
        // entity would start its version afresh) and later conditional updates match it
        Document stored = new Document();
        mongo.getConverter().write(document, stored);
        stored.put("version", agreement.version());
        try {
            mongo.getCollection(AgreementDocument.COLLECTION).insertOne(stored);
            return true;
        } catch (MongoWriteException clash) {
            if (clash.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw clash;
        }
    }

    /**
     * One conditional write: it matches only the version that was read, replaces the state and
     * appends the events to the outbox without touching entries the relay is draining.
     */
    @Override
    public boolean update(Agreement agreement, long readVersion, List<EventEnvelope<?>> events) {
        AgreementDocument state = toDocument(agreement);
        Document fields = new Document();
        MongoConverter converter = mongo.getConverter();
        converter.write(state, fields);
        Update update = new Update();
        fields.forEach((name, value) -> {
            if (!name.equals("_id") && !name.equals("version") && !name.equals("outbox") && !name.equals("_class")) {
                update.set(name, value);
            }
        });
        update.inc("version", 1);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        Query unchanged = Query.query(Criteria.where("_id").is(agreement.id().toString()).and("version").is(readVersion));
        return mongo.updateFirst(unchanged, update, AgreementDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<Agreement> find(AgreementId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), AgreementDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<Agreement> list(Filter filter, Pageable pageable) {
        Query query = new Query();
        if (filter.boardId() != null) {
            query.addCriteria(Criteria.where("boardId").is(filter.boardId()));
        }
        if (filter.providerId() != null) {
            query.addCriteria(Criteria.where("providerId").is(filter.providerId()));
        }
        if (filter.route() != null) {
            query.addCriteria(Criteria.where("route").is(filter.route().name()));
        }
        if (filter.status() != null) {
            query.addCriteria(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.strategic() != null) {
            query.addCriteria(Criteria.where("strategic").is(filter.strategic()));
        }
        if (filter.visibleToBoardOrganisation() != null) {
            // the board's own agreements and those it follows up for its part
            query.addCriteria(new Criteria().orOperator(
                    Criteria.where("boardOrganisationId").is(filter.visibleToBoardOrganisation()),
                    Criteria.where("boardParts.boardOrganisationId").is(filter.visibleToBoardOrganisation())));
        }
        if (filter.visibleToProviderOrganisation() != null) {
            query.addCriteria(Criteria.where("providerOrganisationId").is(filter.visibleToProviderOrganisation()));
        }
        List<Agreement> content = mongo.find(Query.of(query).with(pageable), AgreementDocument.class).stream()
                .map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, AgreementDocument.class));
    }

    @Override
    public List<Agreement> listSigned(String boardOrganisationId) {
        return mongo.find(Query.query(new Criteria().orOperator(
                        Criteria.where("boardOrganisationId").is(boardOrganisationId),
                        Criteria.where("boardParts.boardOrganisationId").is(boardOrganisationId))
                .and("status").is(AgreementStatus.SIGNED.name())), AgreementDocument.class).stream()
                .map(this::toDomain).toList();
    }

    @Override
    public long countSignedStrategic(String boardOrganisationId) {
        return mongo.count(Query.query(Criteria.where("boardOrganisationId").is(boardOrganisationId)
                .and("status").is(AgreementStatus.SIGNED.name()).and("strategic").is(true)), AgreementDocument.class);
    }

    private AgreementDocument toDocument(Agreement agreement) {
        AgreementDocument d = new AgreementDocument();
        d.id = agreement.id().toString();
        d.boardId = agreement.boardId();
        d.boardOrganisationId = agreement.boardOrganisationId();
        d.route = agreement.route().name();
        d.serviceArea = agreement.serviceArea();
        ContractableProvider provider = agreement.provider();
        d.providerId = provider.providerId();
        d.providerName = provider.name();
        d.providerLegalForm = provider.legalForm();
        d.providerOrganisationId = provider.organisationId();
        d.providerVersion = provider.version();
        d.title = agreement.title();
        d.startsOn = agreement.startsOn().toString();
        d.endsOn = agreement.endsOn().map(LocalDate::toString).orElse(null);
        d.annualValueSek = agreement.annualValueSek();
        d.valueLevel = agreement.valueLevel().name();
        d.impactLevel = agreement.impactLevel().name();
        d.strategic = agreement.strategic();
        d.contractManager = agreement.contractManager().orElse(null);
        d.rulebookReference = agreement.routeDetails().rulebookReference();
        d.tenderReference = agreement.routeDetails().tenderReference();
        d.awardedOn = text(agreement.routeDetails().awardedOn());
        d.standstillEndsOn = text(agreement.routeDetails().standstillEndsOn());
        d.requirements = new ArrayList<>();
        for (Requirement requirement : agreement.requirements()) {
            AgreementDocument.RequirementDocument r = new AgreementDocument.RequirementDocument();
            r.id = requirement.id().toString();
            r.category = requirement.category().name();
            r.text = requirement.text();
            r.followUpMethod = requirement.followUpMethod().name();
            d.requirements.add(r);
        }
        d.boardParts = new ArrayList<>();
        for (Agreement.BoardPart part : agreement.boardParts()) {
            AgreementDocument.BoardPartDocument p = new AgreementDocument.BoardPartDocument();
            p.boardId = part.boardId();
            p.boardOrganisationId = part.boardOrganisationId();
            p.boardName = part.boardName();
            p.part = part.part();
            d.boardParts.add(p);
        }
        d.directOrderSteps = new LinkedHashMap<>();
        agreement.directOrderSteps().forEach((step, record) -> {
            AgreementDocument.StepDocument s = new AgreementDocument.StepDocument();
            s.recordedBy = record.recordedBy();
            s.on = record.on().toString();
            s.reference = record.reference();
            d.directOrderSteps.put(step.name(), s);
        });
        d.status = agreement.status().name();
        d.signedOn = agreement.signedOn().map(LocalDate::toString).orElse(null);
        d.terminatedOn = agreement.terminatedOn().map(LocalDate::toString).orElse(null);
        d.terminationReason = agreement.terminationReason().orElse(null);
        d.createdAt = agreement.createdAt();
        d.version = agreement.version() == 0 ? null : agreement.version();
        return d;
    }

    private Agreement toDomain(AgreementDocument d) {
        Agreement.Builder b = new Agreement.Builder();
        b.id = AgreementId.parse(d.id).orElseThrow();
        b.boardId = d.boardId;
        b.boardOrganisationId = d.boardOrganisationId;
        b.route = ProcurementRoute.valueOf(d.route);
        b.serviceArea = d.serviceArea;
        b.provider = new ContractableProvider(d.providerId, d.providerName, d.providerLegalForm,
                d.providerOrganisationId, d.providerVersion);
        b.title = d.title;
        b.startsOn = LocalDate.parse(d.startsOn);
        b.endsOn = date(d.endsOn);
        b.annualValueSek = d.annualValueSek;
        b.valueLevel = Level.valueOf(d.valueLevel);
        b.impactLevel = Level.valueOf(d.impactLevel);
        b.contractManager = d.contractManager;
        b.routeDetails = new Agreement.RouteDetails(d.rulebookReference, d.tenderReference, date(d.awardedOn),
                date(d.standstillEndsOn));
        b.requirements = new ArrayList<>();
        for (AgreementDocument.RequirementDocument r : d.requirements == null
                ? List.<AgreementDocument.RequirementDocument>of() : d.requirements) {
            b.requirements.add(new Requirement(UUID.fromString(r.id), RequirementCategory.valueOf(r.category), r.text,
                    FollowUpMethod.valueOf(r.followUpMethod)));
        }
        b.boardParts = new ArrayList<>();
        for (AgreementDocument.BoardPartDocument p : d.boardParts == null
                ? List.<AgreementDocument.BoardPartDocument>of() : d.boardParts) {
            b.boardParts.add(new Agreement.BoardPart(p.boardId, p.boardOrganisationId, p.boardName, p.part));
        }
        Map<DirectOrderStep, Agreement.StepRecord> steps = new EnumMap<>(DirectOrderStep.class);
        if (d.directOrderSteps != null) {
            d.directOrderSteps.forEach((step, s) -> steps.put(DirectOrderStep.valueOf(step),
                    new Agreement.StepRecord(s.recordedBy, LocalDate.parse(s.on), s.reference)));
        }
        b.directOrderSteps = steps;
        b.status = AgreementStatus.valueOf(d.status);
        b.signedOn = date(d.signedOn);
        b.terminatedOn = date(d.terminatedOn);
        b.terminationReason = d.terminationReason;
        b.createdAt = d.createdAt;
        b.version = d.version == null ? 0 : d.version;
        return Agreement.restore(b);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Configuration(proxyBeanMethods = false)
    static class AgreementPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in agreement documents. */
        @Bean
        Outbox.Collection agreementsOutbox() {
            return new Outbox.Collection(AgreementDocument.COLLECTION);
        }
    }
}
