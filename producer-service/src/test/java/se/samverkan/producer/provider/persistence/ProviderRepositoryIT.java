package se.samverkan.producer.provider.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
                "2026-01-01")).provider();
        Provider second = ((Provider.UnitOpening.Opened) provider.openUnit("Åkerbo boende", "RESIDENTIAL_CARE", null,
                "2026-01-01")).provider();

        assertThat(providers.update(first, provider.version(), List.of())).isTrue();
        assertThat(providers.update(second, provider.version(), List.of())).as("read before the first change").isFalse();

        Provider stored = providers.find(provider.id()).orElseThrow();
        assertThat(stored.units()).extracting(u -> u.name()).containsExactly("Åkerbo hemtjänst");
        assertThat(stored.version()).isEqualTo(1);
    }
}
