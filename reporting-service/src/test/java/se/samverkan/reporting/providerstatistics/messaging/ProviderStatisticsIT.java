package se.samverkan.reporting.providerstatistics.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderStatisticsIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void eachProviderCountsOnceUnderItsLegalFormEvenWhenItsEventArrivesTwice() throws Exception {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.PROVIDER_REGISTERED_V1.exampleResource())) {
            golden = in.readAllBytes();
        }
        publish(golden);
        publish(golden);
        publish(event("KOMMUNAL_EGENREGI"));
        publish(event("KOMMUNAL_EGENREGI"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode report = json.readTree(get("/api/v1/reports/providers-by-legal-form").body());
            assertThat(report.get("total").asLong()).isEqualTo(3);
            assertThat(count(report, "AKTIEBOLAG")).isEqualTo(1);
            assertThat(count(report, "KOMMUNAL_EGENREGI")).isEqualTo(2);
            assertThat(count(report, "STIFTELSE")).isZero();
        });
    }

    @Test
    void aSnapshotOfAnAlreadyCountedProviderDoesNotCountItAgain() throws Exception {
        for (String resource : java.util.List.of(EventTypes.PROVIDER_REGISTERED_V1.exampleResource(),
                EventTypes.PROVIDER_SNAPSHOT_V1.exampleResource(), EventTypes.PROVIDER_SNAPSHOT_V1.exampleResource())) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                String type = resource.contains("snapshot") ? EventTypes.PROVIDER_SNAPSHOT_V1.name()
                        : EventTypes.PROVIDER_REGISTERED_V1.name();
                rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), type,
                        MessageBuilder.withBody(in.readAllBytes()).setContentType("application/json").build());
            }
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("provider_facts").find().first() != null
                && mongo.getCollection("provider_facts").find().first().getLong("version") == 1L);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(json.readTree(get("/api/v1/reports/providers-by-legal-form").body()).get("total").asLong())
                        .isEqualTo(1));
    }

    private static long count(JsonNode report, String legalForm) {
        for (JsonNode row : report.get("legalForms")) {
            if (row.get("legalForm").asString().equals(legalForm)) {
                return row.get("count").asLong();
            }
        }
        throw new AssertionError("no row for " + legalForm);
    }

    private byte[] event(String legalForm) {
        return EventJson.write(EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, Instant.now(), null, "test",
                new ProviderRegisteredV1(UUID.randomUUID().toString(), "Enhet", legalForm, "212000-0142", null, 0)))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void publish(byte[] body) {
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), EventTypes.PROVIDER_REGISTERED_V1.name(),
                MessageBuilder.withBody(body).setContentType("application/json").build());
    }

    private HttpResponse<String> get(String path) {
        return api().get(path);
    }

    private ApiClient api() {
        return ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk");
    }
}
