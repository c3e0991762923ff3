package se.samverkan.orderer.statistics.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.statistics.application.SpecificationRepository;
import se.samverkan.orderer.statistics.domain.AgeBand;
import se.samverkan.orderer.statistics.domain.Breakdown;
import se.samverkan.orderer.statistics.domain.Draft;
import se.samverkan.orderer.statistics.domain.Frequency;
import se.samverkan.orderer.statistics.domain.Measure;
import se.samverkan.orderer.statistics.domain.MeasureCategory;
import se.samverkan.orderer.statistics.domain.PublishedVersion;
import se.samverkan.orderer.statistics.domain.ServiceArea;
import se.samverkan.orderer.statistics.domain.SpecificationContent;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;
import se.samverkan.orderer.statistics.domain.StatisticsSpecificationId;
import se.samverkan.orderer.statistics.domain.ValueType;

@Repository
class MongoSpecificationRepository implements SpecificationRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoSpecificationRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insert(StatisticsSpecification specification) {
        StatisticsSpecificationDocument document = new StatisticsSpecificationDocument();
        document.id = specification.id().toString();
        document.boardId = specification.boardId().toString();
        document.boardOrganisationId = specification.boardOrganisationId();
        document.boardShortName = specification.boardShortName();
        document.serviceArea = specification.serviceArea().name();
        document.createdAt = specification.createdAt();
        document.draft = specification.draft().map(MongoSpecificationRepository::draft).orElse(null);
        document.published = versions(specification);
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * One conditional write: it matches only the revision that was read, sets the draft and the
     * versions and appends the events to the outbox without touching entries the relay is draining.
     */
    @Override
    public boolean update(StatisticsSpecification specification, long readRevision, List<EventEnvelope<?>> events) {
        Query unchanged = Query.query(Criteria.where("_id").is(specification.id().toString())
                .and("version").is(readRevision));
        Update update = new Update()
                .set("published", versions(specification))
                .set("schemaVersion", StatisticsSpecificationDocument.SCHEMA_VERSION)
                .inc("version", 1);
        specification.draft().ifPresentOrElse(draft -> update.set("draft", draft(draft)), () -> update.unset("draft"));
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        return mongo.updateFirst(unchanged, update, StatisticsSpecificationDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<StatisticsSpecification> find(StatisticsSpecificationId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), StatisticsSpecificationDocument.class))
                .map(MongoSpecificationRepository::toDomain);
    }

    @Override
    public Optional<StatisticsSpecification> find(BoardId boardId, ServiceArea serviceArea) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("boardId").is(boardId.toString())
                        .and("serviceArea").is(serviceArea.name())), StatisticsSpecificationDocument.class))
                .map(MongoSpecificationRepository::toDomain);
    }

    @Override
    public Page<StatisticsSpecification> list(Filter filter, Pageable pageable) {
        Query query = new Query();
        if (filter.boardId() != null) {
            query.addCriteria(Criteria.where("boardId").is(filter.boardId().toString()));
        }
        if (filter.serviceArea() != null) {
            query.addCriteria(Criteria.where("serviceArea").is(filter.serviceArea().name()));
        }
        Criteria published = Criteria.where("published.0").exists(true);
        if (filter.unpublished() == Unpublished.NONE) {
            query.addCriteria(published);
        } else if (filter.unpublished() == Unpublished.OWN_BOARD) {
            query.addCriteria(new Criteria().orOperator(published,
                    Criteria.where("boardOrganisationId").is(filter.organisation())));
        }
        // The list needs no outbox; leaving it out keeps the answer small.
        Query page = Query.of(query).with(pageable);
        page.fields().exclude("outbox");
        List<StatisticsSpecification> content = mongo.find(page, StatisticsSpecificationDocument.class).stream()
                .map(MongoSpecificationRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(query, StatisticsSpecificationDocument.class));
    }

    private static List<StatisticsSpecificationDocument.VersionDocument> versions(StatisticsSpecification specification) {
        return specification.publishedVersions().stream().map(version -> {
            StatisticsSpecificationDocument.VersionDocument document = new StatisticsSpecificationDocument.VersionDocument();
            document.version = version.version();
            document.content = content(version.content());
            document.publishedAt = version.publishedAt();
            return document;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    private static StatisticsSpecificationDocument.DraftDocument draft(Draft draft) {
        StatisticsSpecificationDocument.DraftDocument document = new StatisticsSpecificationDocument.DraftDocument();
        document.version = draft.version();
        document.content = content(draft.content());
        document.changedAt = draft.changedAt();
        return document;
    }

    private static StatisticsSpecificationDocument.ContentDocument content(SpecificationContent content) {
        StatisticsSpecificationDocument.ContentDocument document = new StatisticsSpecificationDocument.ContentDocument();
        document.validFrom = content.validFrom() == null ? null : content.validFrom().toString();
        document.ageBands = content.ageBands().stream().map(AgeBand::toString)
                .collect(Collectors.toCollection(ArrayList::new));
        document.measures = content.measures().stream().map(measure -> {
            StatisticsSpecificationDocument.MeasureDocument m = new StatisticsSpecificationDocument.MeasureDocument();
            m.code = measure.code();
            m.name = measure.name();
            m.definition = measure.definition();
            m.category = measure.category().name();
            m.valueType = measure.valueType().name();
            m.unit = measure.unit();
            m.frequency = measure.frequency().name();
            m.required = measure.required();
            m.breakdowns = measure.breakdowns().stream().map(Breakdown::name)
                    .collect(Collectors.toCollection(ArrayList::new));
            m.minValue = measure.minValue() == null ? null : measure.minValue().toPlainString();
            m.maxValue = measure.maxValue() == null ? null : measure.maxValue().toPlainString();
            m.reportsRespondents = measure.reportsRespondents();
            m.reportsResponseRate = measure.reportsResponseRate();
            m.volumeMeasure = measure.volumeMeasure();
            m.resourceMeasure = measure.resourceMeasure();
            m.sourceSystem = measure.sourceSystem();
            return m;
        }).collect(Collectors.toCollection(ArrayList::new));
        return document;
    }

    private static StatisticsSpecification toDomain(StatisticsSpecificationDocument document) {
        List<PublishedVersion> versions = document.published == null ? List.of() : document.published.stream()
                .map(version -> new PublishedVersion(version.version, content(version.content), version.publishedAt))
                .toList();
        Draft draft = document.draft == null ? null
                : new Draft(document.draft.version, content(document.draft.content), document.draft.changedAt);
        return StatisticsSpecification.restore(StatisticsSpecificationId.parse(document.id).orElseThrow(),
                BoardId.parse(document.boardId).orElseThrow(), document.boardOrganisationId, document.boardShortName,
                ServiceArea.valueOf(document.serviceArea), document.createdAt, versions, draft,
                document.version == null ? 0 : document.version);
    }

    private static SpecificationContent content(StatisticsSpecificationDocument.ContentDocument document) {
        if (document == null) {
            return SpecificationContent.EMPTY;
        }
        List<AgeBand> ageBands = document.ageBands == null ? List.of() : document.ageBands.stream()
                .map(band -> AgeBand.parse(band).orElseThrow()).toList();
        List<Measure> measures = document.measures == null ? List.of() : document.measures.stream()
                .map(m -> new Measure(m.code, m.name, m.definition, MeasureCategory.valueOf(m.category),
                        ValueType.valueOf(m.valueType), m.unit, Frequency.valueOf(m.frequency), m.required,
                        m.breakdowns == null ? List.of() : m.breakdowns.stream().map(Breakdown::valueOf).toList(),
                        m.minValue == null ? null : new BigDecimal(m.minValue),
                        m.maxValue == null ? null : new BigDecimal(m.maxValue), m.reportsRespondents,
                        m.reportsResponseRate, m.volumeMeasure, m.resourceMeasure, m.sourceSystem))
                .toList();
        return new SpecificationContent(document.validFrom == null ? null : LocalDate.parse(document.validFrom),
                ageBands, measures);
    }

    @Configuration(proxyBeanMethods = false)
    static class SpecificationPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in specification documents. */
        @Bean
        Outbox.Collection statisticsSpecificationsOutbox() {
            return new Outbox.Collection(StatisticsSpecificationDocument.COLLECTION);
        }
    }
}
