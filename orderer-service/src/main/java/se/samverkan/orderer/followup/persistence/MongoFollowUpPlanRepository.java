package se.samverkan.orderer.followup.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import se.samverkan.orderer.followup.application.FollowUpPlanRepository;
import se.samverkan.orderer.followup.domain.FeedbackRecipient;
import se.samverkan.orderer.followup.domain.FollowUpForm;
import se.samverkan.orderer.followup.domain.FollowUpItem;
import se.samverkan.orderer.followup.domain.FollowUpPlan;
import se.samverkan.orderer.followup.domain.FollowUpPlanId;
import se.samverkan.orderer.followup.domain.Interval;
import se.samverkan.orderer.followup.domain.SpecialReviewCause;

@Repository
class MongoFollowUpPlanRepository implements FollowUpPlanRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoFollowUpPlanRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insert(FollowUpPlan plan) {
        try {
            mongo.insert(toDocument(plan));
            return true;
        } catch (DuplicateKeyException boardHasAPlanForTheYear) {
            return false;
        }
    }

    /** One conditional write of the new state and its events, matching only the version that was read. */
    @Override
    public boolean update(FollowUpPlan plan, long readVersion, List<EventEnvelope<?>> events) {
        FollowUpPlanDocument state = toDocument(plan);
        Update update = new Update()
                .set("items", state.items)
                .set("decided", state.decided)
                .set("decidedOn", state.decidedOn)
                .set("decisionReference", state.decisionReference)
                .set("schemaVersion", FollowUpPlanDocument.SCHEMA_VERSION)
                .inc("version", 1);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(plan.id().toString()).and("version")
                .is(readVersion)), update, FollowUpPlanDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<FollowUpPlan> find(FollowUpPlanId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), FollowUpPlanDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<FollowUpPlan> list(String boardId, Integer year, boolean everyDraft, String draftsOfBoardOrganisation,
                                   Pageable pageable) {
        Query query = new Query();
        if (boardId != null) {
            query.addCriteria(Criteria.where("boardId").is(boardId));
        }
        if (year != null) {
            query.addCriteria(Criteria.where("year").is(year));
        }
        if (!everyDraft) {
            query.addCriteria(draftsOfBoardOrganisation == null ? Criteria.where("decided").is(true)
                    : new Criteria().orOperator(Criteria.where("decided").is(true),
                    Criteria.where("boardOrganisationId").is(draftsOfBoardOrganisation)));
        }
        List<FollowUpPlan> content = mongo.find(Query.of(query).with(pageable), FollowUpPlanDocument.class).stream()
                .map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, FollowUpPlanDocument.class));
    }

    private static FollowUpPlanDocument toDocument(FollowUpPlan plan) {
        FollowUpPlanDocument d = new FollowUpPlanDocument();
        d.id = plan.id().toString();
        d.boardId = plan.boardId();
        d.boardOrganisationId = plan.boardOrganisationId();
        d.year = plan.year();
        d.items = new ArrayList<>();
        for (FollowUpItem item : plan.items()) {
            FollowUpPlanDocument.ItemDocument i = new FollowUpPlanDocument.ItemDocument();
            i.id = item.id().toString();
            i.providerId = item.providerId();
            i.providerName = item.providerName();
            i.what = item.what();
            i.form = item.form().name();
            i.responsible = item.responsible();
            i.interval = item.interval().name();
            i.feedbackTo = item.feedbackTo().stream().map(Enum::name).toList();
            i.cause = item.cause() == null ? null : item.cause().name();
            d.items.add(i);
        }
        d.decided = plan.decided();
        d.decidedOn = plan.decidedOn().map(LocalDate::toString).orElse(null);
        d.decisionReference = plan.decisionReference().orElse(null);
        d.createdAt = plan.createdAt();
        d.version = plan.version() == 0 ? null : plan.version();
        return d;
    }

    private FollowUpPlan toDomain(FollowUpPlanDocument d) {
        List<FollowUpItem> items = new ArrayList<>();
        for (FollowUpPlanDocument.ItemDocument i : d.items == null ? List.<FollowUpPlanDocument.ItemDocument>of()
                : d.items) {
            items.add(new FollowUpItem(UUID.fromString(i.id), i.providerId, i.providerName, i.what,
                    FollowUpForm.valueOf(i.form), i.responsible, Interval.valueOf(i.interval),
                    i.feedbackTo.stream().map(FeedbackRecipient::valueOf).toList(),
                    i.cause == null ? null : SpecialReviewCause.valueOf(i.cause)));
        }
        return FollowUpPlan.restore(FollowUpPlanId.parse(d.id).orElseThrow(), d.boardId, d.boardOrganisationId, d.year,
                items, d.decided, d.decidedOn == null ? null : LocalDate.parse(d.decidedOn), d.decisionReference,
                d.createdAt, d.version == null ? 0 : d.version);
    }

    @Configuration(proxyBeanMethods = false)
    static class FollowUpPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in plan documents. */
        @Bean
        Outbox.Collection followUpPlansOutbox() {
            return new Outbox.Collection(FollowUpPlanDocument.COLLECTION);
        }
    }
}
