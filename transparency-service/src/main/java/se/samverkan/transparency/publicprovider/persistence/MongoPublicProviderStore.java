package se.samverkan.transparency.publicprovider.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.transparency.publicprovider.application.PublicProviderStore;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.SwedishSortKey;

@Repository
class MongoPublicProviderStore implements PublicProviderStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoPublicProviderStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * One conditional upsert: it matches only an older version; when a newer or equal version is
     * stored, the upsert's insert collides on the id and nothing changes.
     */
    @Override
    public boolean saveIfNewer(PublicProvider provider) {
        Query olderOrMissing = Query.query(Criteria.where("_id").is(provider.providerId())
                .and("version").lt(provider.version()));
        Update update = new Update()
                .set("name", provider.name())
                .set("sortKey", SwedishSortKey.of(provider.name()))
                .set("legalForm", provider.legalForm())
                .set("organisationNumber", provider.organisationNumber())
                .set("version", provider.version())
                .set("updatedAt", clock.instant())
                .set("schemaVersion", 1);
        try {
            mongo.upsert(olderOrMissing, update, PublicProviderDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public Optional<PublicProvider> find(String providerId) {
        return Optional.ofNullable(mongo.findById(providerId, PublicProviderDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<PublicProvider> list(String legalForm, Pageable pageable) {
        Query filter = legalForm == null ? new Query() : Query.query(Criteria.where("legalForm").is(legalForm));
        List<PublicProvider> content = mongo.find(Query.of(filter).with(pageable), PublicProviderDocument.class)
                .stream().map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(filter, PublicProviderDocument.class));
    }

    private PublicProvider toDomain(PublicProviderDocument document) {
        return new PublicProvider(document.id, document.name, document.legalForm, document.organisationNumber,
                document.version);
    }
}
