package se.samverkan.producer.provider.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.producer.provider.application.ProviderRepository;
import se.samverkan.producer.provider.domain.LegalForm;
import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;

@Repository
class MongoProviderRepository implements ProviderRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoProviderRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean existsByOrganisationNumber(OrganisationNumber number) {
        return mongo.exists(Query.query(Criteria.where("organisationNumber").is(number.value())), ProviderDocument.class);
    }

    @Override
    public boolean insert(Provider provider, List<EventEnvelope<?>> events) {
        ProviderDocument document = new ProviderDocument();
        document.id = provider.id().toString();
        document.name = provider.name();
        document.legalForm = provider.legalForm().name();
        document.organisationNumber = provider.organisationNumber().value();
        document.registeredAt = provider.registeredAt();
        events.forEach(event -> document.outbox.add(outbox.entry(event)));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Provider> find(ProviderId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), ProviderDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<Provider> list(Pageable pageable) {
        Query query = new Query().with(pageable);
        List<Provider> content = mongo.find(query, ProviderDocument.class).stream().map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(new Query(), ProviderDocument.class));
    }

    private Provider toDomain(ProviderDocument document) {
        return Provider.restore(ProviderId.parse(document.id).orElseThrow(), document.name,
                LegalForm.valueOf(document.legalForm), new OrganisationNumber(document.organisationNumber),
                document.registeredAt, document.version == null ? 0 : document.version);
    }

    @Configuration(proxyBeanMethods = false)
    static class ProviderPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in provider documents. */
        @Bean
        Outbox.Collection providersOutbox() {
            return new Outbox.Collection(ProviderDocument.COLLECTION);
        }
    }
}
