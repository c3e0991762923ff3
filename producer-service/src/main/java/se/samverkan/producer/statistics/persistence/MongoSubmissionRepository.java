package se.samverkan.producer.statistics.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import se.samverkan.producer.statistics.application.SubmissionRepository;
import se.samverkan.producer.statistics.domain.ReportedValue;
import se.samverkan.producer.statistics.domain.ReportingPeriod;
import se.samverkan.producer.statistics.domain.ReportingStatus;
import se.samverkan.producer.statistics.domain.ReportingUnit;
import se.samverkan.producer.statistics.domain.Submission;
import se.samverkan.producer.statistics.domain.SubmissionVersion;
import se.samverkan.producer.statistics.domain.ValueType;

@Repository
class MongoSubmissionRepository implements SubmissionRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoSubmissionRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    static String key(String unitId, ReportingPeriod period) {
        return ReportingStatus.key(unitId, period);
    }

    @Override
    public Optional<Submission> find(String unitId, ReportingPeriod period) {
        return Optional.ofNullable(mongo.findById(key(unitId, period), SubmissionDocument.class))
                .map(MongoSubmissionRepository::toDomain);
    }

    @Override
    public boolean insert(Submission submission, List<EventEnvelope<?>> events) {
        SubmissionDocument document = new SubmissionDocument();
        document.id = key(submission.unit().unitId(), submission.period());
        document.submissionId = submission.id();
        document.providerId = submission.providerId();
        document.providerOrganisationId = submission.providerOrganisationId();
        document.unitId = submission.unit().unitId();
        document.unitName = submission.unit().name();
        document.serviceArea = submission.unit().serviceArea();
        document.area = submission.unit().area();
        document.unitOpenedOn = submission.unit().openedOn() == null ? null : submission.unit().openedOn().toString();
        document.period = submission.period().toString();
        document.frequency = submission.period().frequency().name();
        document.year = submission.period().year();
        document.periodStart = submission.period().firstDay().toString();
        document.dueOn = submission.dueOn().toString();
        SubmissionVersion first = submission.versions().get(0);
        document.firstSubmittedAt = first.submittedAt();
        document.firstSubmittedOn = first.submittedOn().toString();
        document.latestSubmittedAt = submission.current().submittedAt();
        document.latestVersion = submission.current().version();
        document.boardOrganisationIds = new ArrayList<>(submission.versions().stream()
                .map(SubmissionVersion::boardOrganisationId).distinct().toList());
        document.versions = new ArrayList<>(submission.versions().stream().map(MongoSubmissionRepository::version).toList());
        events.forEach(event -> document.outbox.add(outbox.entry(event)));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException submittedMeanwhile) {
            return false;
        }
    }

    /** One conditional write: only the revision that was read; the new version and its events appended. */
    @Override
    public boolean update(Submission submission, long readRevision, List<EventEnvelope<?>> events) {
        SubmissionVersion latest = submission.current();
        Query unchanged = Query.query(Criteria.where("_id").is(key(submission.unit().unitId(), submission.period()))
                .and("version").is(readRevision));
        Update update = new Update()
                .push("versions", version(latest))
                .addToSet("boardOrganisationIds", latest.boardOrganisationId())
                .set("latestSubmittedAt", latest.submittedAt())
                .set("latestVersion", latest.version())
                .set("schemaVersion", SubmissionDocument.SCHEMA_VERSION)
                .inc("version", 1)
                .push("outbox").each(events.stream().map(outbox::entry).toArray());
        return mongo.updateFirst(unchanged, update, SubmissionDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Page<Submission> list(String providerId, String boardOrganisationId, String unitId, String period,
                                 Pageable pageable) {
        Criteria criteria = Criteria.where("providerId").is(providerId);
        if (boardOrganisationId != null) {
            criteria = criteria.and("boardOrganisationIds").is(boardOrganisationId);
        }
        if (unitId != null) {
            criteria = criteria.and("unitId").is(unitId);
        }
        if (period != null) {
            criteria = criteria.and("period").is(period);
        }
        Query filter = Query.query(criteria);
        List<Submission> content = mongo.find(Query.of(filter).with(pageable), SubmissionDocument.class).stream()
                .map(MongoSubmissionRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(filter, SubmissionDocument.class));
    }

    @Override
    public Map<String, ReportingStatus.Submitted> submittedIn(String providerId, int year) {
        Query query = Query.query(Criteria.where("providerId").is(providerId).and("year").is(year));
        query.fields().include("unitId", "period", "firstSubmittedAt", "firstSubmittedOn", "latestVersion");
        Map<String, ReportingStatus.Submitted> submitted = new LinkedHashMap<>();
        for (SubmissionDocument document : mongo.find(query, SubmissionDocument.class)) {
            submitted.put(document.id, new ReportingStatus.Submitted(LocalDate.parse(document.firstSubmittedOn),
                    document.firstSubmittedAt, document.latestVersion));
        }
        return submitted;
    }

    private static SubmissionDocument.VersionDocument version(SubmissionVersion version) {
        SubmissionDocument.VersionDocument document = new SubmissionDocument.VersionDocument();
        document.version = version.version();
        document.values = new ArrayList<>(version.values().stream().map(MongoSubmissionRepository::value).toList());
        document.specificationId = version.specificationId();
        document.specificationVersion = version.specificationVersion();
        document.boardId = version.boardId();
        document.boardOrganisationId = version.boardOrganisationId();
        document.submittedAt = version.submittedAt();
        document.submittedOn = version.submittedOn().toString();
        document.submittedBy = version.submittedBy();
        document.comment = version.comment();
        return document;
    }

    private static SubmissionDocument.ValueDocument value(ReportedValue value) {
        SubmissionDocument.ValueDocument document = new SubmissionDocument.ValueDocument();
        document.measure = value.measure();
        document.valueType = value.valueType().name();
        document.value = text(value.value());
        document.text = value.text();
        document.byGender = entries(value.byGender());
        document.byAgeBand = entries(value.byAgeBand());
        document.byArea = entries(value.byArea());
        document.respondents = value.respondents();
        document.responseRate = text(value.responseRate());
        return document;
    }

    private static List<SubmissionDocument.EntryDocument> entries(Map<String, BigDecimal> map) {
        List<SubmissionDocument.EntryDocument> entries = new ArrayList<>();
        map.forEach((key, value) -> {
            SubmissionDocument.EntryDocument entry = new SubmissionDocument.EntryDocument();
            entry.key = key;
            entry.value = text(value);
            entries.add(entry);
        });
        return entries;
    }

    private static Submission toDomain(SubmissionDocument document) {
        ReportingUnit unit = new ReportingUnit(document.unitId, document.unitName, document.serviceArea, document.area,
                document.unitOpenedOn == null ? null : LocalDate.parse(document.unitOpenedOn));
        List<SubmissionVersion> versions = document.versions.stream().map(version -> new SubmissionVersion(
                version.version, version.values.stream().map(MongoSubmissionRepository::toDomain).toList(),
                version.specificationId, version.specificationVersion, version.boardId, version.boardOrganisationId,
                version.submittedAt, LocalDate.parse(version.submittedOn), version.submittedBy, version.comment)).toList();
        return Submission.restore(document.submissionId, document.providerId, document.providerOrganisationId, unit,
                ReportingPeriod.parse(document.period).orElseThrow(), LocalDate.parse(document.dueOn), versions,
                document.version == null ? 0 : document.version);
    }

    private static ReportedValue toDomain(SubmissionDocument.ValueDocument value) {
        return new ReportedValue(value.measure, ValueType.valueOf(value.valueType), decimal(value.value), value.text,
                map(value.byGender), map(value.byAgeBand), map(value.byArea), value.respondents,
                decimal(value.responseRate));
    }

    private static Map<String, BigDecimal> map(List<SubmissionDocument.EntryDocument> entries) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        if (entries != null) {
            entries.forEach(entry -> map.put(entry.key, decimal(entry.value)));
        }
        return map;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @Configuration(proxyBeanMethods = false)
    static class SubmissionPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in submission documents. */
        @Bean
        Outbox.Collection statisticsSubmissionsOutbox() {
            return new Outbox.Collection(SubmissionDocument.COLLECTION);
        }
    }
}
