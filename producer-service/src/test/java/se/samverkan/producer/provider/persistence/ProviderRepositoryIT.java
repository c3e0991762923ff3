package se.samverkan.producer.provider.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.model.IndexOptions;

import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.producer.provider.application.ProviderRepository;
import se.samverkan.producer.provider.domain.Provider;

@SpringBootTest
class ProviderRepositoryIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    ProviderRepository providers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Outbox outbox;

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndStoresNothing() {
        Provider provider = ((Provider.Registration.Registered) Provider.register("Åkerbo Omsorg AB", "AKTIEBOLAG",
                "556345-6788", null, Instant.now())).provider();
        providers.insert(provider, List.of());
        Provider first = ((Provider.UnitOpening.Opened) provider.openUnit("Åkerbo hemtjänst", "HOME_CARE", null,
                "2026-01-01", null, null)).provider();
        Provider second = ((Provider.UnitOpening.Opened) provider.openUnit("Åkerbo boende", "RESIDENTIAL_CARE", null,
                "2026-01-01", null, null)).provider();

        assertThat(providers.update(first, provider.version(), List.of())).isTrue();
        assertThat(providers.update(second, provider.version(), List.of())).as("read before the first change").isFalse();

        Provider stored = providers.find(provider.id()).orElseThrow();
        assertThat(stored.units()).extracting(u -> u.name()).containsExactly("Åkerbo hemtjänst");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aDatabaseWithTheOldUniqueIndexGetsASparseOneSoSoleTradersWithoutANumberFitAndNumbersStayUnique() {
        // index by index: the embedded server's dropIndexes() tries every index of the database on this collection
        for (Document index : mongo.getCollection(ProviderDocument.COLLECTION).listIndexes()) {
            if (!"_id_".equals(index.getString("name"))) {
                mongo.getCollection(ProviderDocument.COLLECTION).dropIndex(index.getString("name"));
            }
        }
        mongo.getCollection(ProviderDocument.COLLECTION).createIndex(new Document("organisationNumber", 1),
                new IndexOptions().name(MongoProviderRepository.ORGANISATION_NUMBER_INDEX).unique(true));
        MongoProviderRepository repository = new MongoProviderRepository(mongo, outbox);

        repository.organisationNumberIsUniqueWherePresent();

        assertThat(mongo.indexOps(ProviderDocument.class).getIndexInfo()).filteredOn(
                index -> index.getName().equals(MongoProviderRepository.ORGANISATION_NUMBER_INDEX))
                .singleElement().satisfies(index -> assertThat(index.isSparse()).isTrue());
        assertThat(repository.insert(soleTrader("Frisören Anna Berg", "provider-anna-berg"), List.of())).isTrue();
        assertThat(repository.insert(soleTrader("Städ Erik Lind", "provider-erik-lind"), List.of())).isTrue();
        assertThat(repository.insert(company("Ett AB", "provider-ett"), List.of())).isTrue();
        assertThat(repository.insert(company("Samma nummer AB", "provider-samma"), List.of()))
                .as("the organisation number is still unique").isFalse();
        assertThat(mongo.getCollection(ProviderDocument.COLLECTION).countDocuments()).isEqualTo(3);
    }

    private static Provider soleTrader(String name, String organisationId) {
        return ((Provider.Registration.Registered) Provider.register(name, "ENSKILD_FIRMA", null, organisationId,
                Instant.now())).provider();
    }

    private static Provider company(String name, String organisationId) {
        return ((Provider.Registration.Registered) Provider.register(name, "AKTIEBOLAG", "556345-6788",
                organisationId, Instant.now())).provider();
    }
}
