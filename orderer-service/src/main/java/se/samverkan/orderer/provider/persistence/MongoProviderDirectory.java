package se.samverkan.orderer.provider.persistence;

import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.orderer.provider.application.ProviderDirectory;
import se.samverkan.orderer.provider.domain.ContractableProvider;

@Repository
class MongoProviderDirectory implements ProviderDirectory {

    static final String COLLECTION = "providers";

    private final MongoTemplate mongo;

    MongoProviderDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ContractableProvider> find(String providerId) {
        Document document = mongo.findById(providerId, Document.class, COLLECTION);
        if (document == null) {
            return Optional.empty();
        }
        Number version = document.get("version", Number.class);
        return Optional.of(new ContractableProvider(document.getString("_id"), document.getString("name"),
                document.getString("legalForm"), document.getString("organisationId"),
                version == null ? 0 : version.longValue()));
    }

    /** One conditional upsert; an equal or newer version collides on the id and changes nothing. */
    @Override
    public boolean saveIfNewer(ContractableProvider provider, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(provider.providerId()),
                eventId).orOperator(Criteria.where("version").lt(provider.version()),
                Criteria.where("version").exists(false)));
        Update update = ProcessedEvents.record(new Update()
                .set("name", provider.name())
                .set("legalForm", provider.legalForm())
                .set("organisationId", provider.organisationId())
                .set("version", provider.version())
                .set("schemaVersion", 1), eventId);
        try {
            mongo.upsert(olderOrMissing, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }
}
