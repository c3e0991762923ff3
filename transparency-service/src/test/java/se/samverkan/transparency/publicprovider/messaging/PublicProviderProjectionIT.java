package se.samverkan.transparency.publicprovider.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

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
import se.samverkan.transparency.publicprovider.application.PublicProviderProjection;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicProviderProjectionIT {

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

    @MockitoSpyBean
    PublicProviderProjection projection;

    private final AtomicBoolean broken = new AtomicBoolean();

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theGoldenProducerEventIsReadAndListedPublicly() throws Exception {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.PROVIDER_REGISTERED_V1.exampleResource())) {
            golden = in.readAllBytes();
        }
        publish(golden);

        JsonNode provider = awaitProvider("6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23");
        assertThat(provider.get("name").asString()).isEqualTo("Omsorgsgruppen Norr AB");
        assertThat(provider.get("legalFormLabel").asString()).isEqualTo("Aktiebolag");
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAnOlderVersionNeverOverwritesANewerOne() throws Exception {
        String id = UUID.randomUUID().toString();
        EventEnvelope<ProviderRegisteredV1> newer = event(id, "Nytt namn AB", 3);
        EventEnvelope<ProviderRegisteredV1> older = event(id, "Gammalt namn AB", 1);
        publish(EventJson.write(newer).getBytes(StandardCharsets.UTF_8));
        publish(EventJson.write(newer).getBytes(StandardCharsets.UTF_8));
        publish(EventJson.write(older).getBytes(StandardCharsets.UTF_8));

        awaitProvider(id);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(mongo.getCollection("public_providers").countDocuments()).isEqualTo(1));
        assertThat(awaitProvider(id).get("name").asString()).isEqualTo("Nytt namn AB");
        org.bson.Document stored = mongo.getCollection("public_providers").find().first();
        assertThat(stored.getList("processedEventIds", String.class))
                .as("the applied event is recorded in the same document, once")
                .containsExactly(newer.eventId().toString());
    }

    @Test
    void aClosedUnitIsNoLongerListedEvenWhenItsOpeningArrivesLate() {
        String providerId = UUID.randomUUID().toString();
        publish(EventJson.write(event(providerId, "Omsorgsgruppen Norr AB", 1)).getBytes(StandardCharsets.UTF_8));
        String kept = UUID.randomUUID().toString();
        String closed = UUID.randomUUID().toString();
        publish(EventTypes.UNIT_OPENED_V1.name(), opened(providerId, kept, "Hemtjänst Norr", 2));
        publish(EventTypes.UNIT_CLOSED_V1.name(), EventJson.write(EventEnvelope.of(EventTypes.UNIT_CLOSED_V1,
                Instant.now(), null, "test", new se.samverkan.contracts.producer.UnitClosedV1(providerId, closed,
                        "Hemtjänst Syd", "HOME_CARE", null, "2020-01-01", "2026-11-01", "Flyttad.", 4)))
                .getBytes(StandardCharsets.UTF_8));
        publish(EventTypes.UNIT_OPENED_V1.name(), opened(providerId, closed, "Hemtjänst Syd", 3));
        // one consumer takes the queue in order: once this later unit is listed, the late opening was seen
        String later = UUID.randomUUID().toString();
        publish(EventTypes.UNIT_OPENED_V1.name(), opened(providerId, later, "Hemtjänst Öst", 5));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            org.bson.Document provider = mongo.getCollection("public_providers").find().first();
            assertThat(provider).isNotNull();
            assertThat(provider.getList("units", org.bson.Document.class)).extracting(unit -> unit.getString("unitId"))
                    .contains(later);
        });
        org.bson.Document stored = mongo.getCollection("public_providers").find().first();
        assertThat(stored.getList("closedUnits", String.class)).containsExactly(closed);
        assertThat(stored.getList("units", org.bson.Document.class)).extracting(unit -> unit.getString("unitId"))
                .containsExactly(kept, later);
    }

    private static byte[] opened(String providerId, String unitId, String name, long version) {
        return EventJson.write(EventEnvelope.of(EventTypes.UNIT_OPENED_V1, Instant.now(), null, "test",
                new se.samverkan.contracts.producer.UnitOpenedV1(providerId, unitId, name, "HOME_CARE", null,
                        "2020-01-01", version))).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRecordOfAppliedEventsIsBoundedPerDocument() {
        String providerId = UUID.randomUUID().toString();
        for (int i = 0; i < 25; i++) {
            publish(EventTypes.UNIT_OPENED_V1.name(), EventJson.write(EventEnvelope.of(EventTypes.UNIT_OPENED_V1,
                    Instant.now(), null, "test", new se.samverkan.contracts.producer.UnitOpenedV1(providerId,
                            UUID.randomUUID().toString(), "Enhet " + i, "PRESCHOOL", null, "2026-01-01", i + 1)))
                    .getBytes(StandardCharsets.UTF_8));
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            org.bson.Document stored = mongo.getCollection("public_providers").find().first();
            assertThat(stored.getList("units", Object.class)).hasSize(25);
            assertThat(stored.getList("processedEventIds", String.class)).hasSize(20);
        });
    }

    @Test
    void theListIsAlphabeticalInSwedishWhateverTheLegalFormAndCanBeFiltered() throws Exception {
        publish(EventJson.write(event(UUID.randomUUID().toString(), "Örnen hemtjänst AB", 0)).getBytes());
        publish(EventJson.write(event(UUID.randomUUID().toString(), "Ängens förskola", 0, "KOMMUNAL_EGENREGI")).getBytes());
        publish(EventJson.write(event(UUID.randomUUID().toString(), "Björken omsorg", 0, "KOMMUNAL_EGENREGI")).getBytes());

        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("public_providers").countDocuments() == 3);
        JsonNode list = json.readTree(get("/api/v1/public/providers").body());
        assertThat(list.get("content").findValuesAsString("name"))
                .containsExactly("Björken omsorg", "Ängens förskola", "Örnen hemtjänst AB");
        JsonNode inHouse = json.readTree(get("/api/v1/public/providers?legalForm=KOMMUNAL_EGENREGI").body());
        assertThat(inHouse.get("totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void aPoisonMessageIsParkedWithItsReasonAfterTheRetriesAndListedForTheAdministrator() throws Exception {
        publish("{\"type\":\"provider.registered.v1\",\"payload\":".getBytes(StandardCharsets.UTF_8));

        JsonNode parked = awaitParked(1).get("content").get(0);
        assertThat(parked.get("attempts").asInt()).isEqualTo(4);
        assertThat(parked.get("reason").asString()).isNotBlank();
        assertThat(parked.get("originalRoutingKey").asString()).isEqualTo(EventTypes.PROVIDER_REGISTERED_V1.name());
        assertThat(parked.get("queue").asString()).isEqualTo(topology.queue("public-providers"));
        assertThat(parked.get("status").asString()).isEqualTo("PARKED");
    }

    @Test
    void aMessageParkedByAPassingFailureIsAppliedOnceWhenReplayedAndNotAgain() throws Exception {
        String id = UUID.randomUUID().toString();
        broken.set(true);
        doAnswer(invocation -> {
            if (broken.get()) {
                throw new IllegalStateException("the database answered too slowly");
            }
            return invocation.callRealMethod();
        }).when(projection).on(any());
        publish(EventJson.write(event(id, "Återspelade Omsorgen AB", 0)).getBytes(StandardCharsets.UTF_8));
        String parkedId = awaitParked(1).get("content").get(0).get("_id").asString();
        assertThat(get("/api/v1/public/providers/" + id).statusCode()).isEqualTo(404);

        broken.set(false);
        HttpResponse<String> replayed = post("/api/v1/admin/parked-messages/" + parkedId + "/replay");

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(json.readTree(replayed.body()).get("status").asString()).isEqualTo("REPLAYED");
        assertThat(awaitProvider(id).get("name").asString()).isEqualTo("Återspelade Omsorgen AB");
        assertThat(post("/api/v1/admin/parked-messages/" + parkedId + "/replay").statusCode())
                .as("a replayed message cannot be replayed again").isEqualTo(409);
        assertThat(mongo.getCollection("public_providers").countDocuments()).isEqualTo(1);
        assertThat(mongo.getCollection("audit_log").countDocuments(new org.bson.Document("action", "parked-message.replay")))
                .isEqualTo(2);
    }

    @Test
    void discardingNeedsAReason() throws Exception {
        assertThat(post("/api/v1/admin/parked-messages/x/discard").statusCode()).isEqualTo(400);
    }

    @Test
    void aUnitThatArrivesBeforeItsProviderIsKeptAndShownOnceTheProviderArrives() throws Exception {
        byte[] unitGolden;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.UNIT_OPENED_V1.exampleResource())) {
            unitGolden = in.readAllBytes();
        }
        publish(EventTypes.UNIT_OPENED_V1.name(), unitGolden);
        publish(EventTypes.UNIT_OPENED_V1.name(), unitGolden);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("public_providers").countDocuments() == 1);
        assertThat(get("/api/v1/public/providers/6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23").statusCode())
                .as("not shown before the provider itself arrived").isEqualTo(404);
        assertThat(json.readTree(get("/api/v1/public/providers").body()).get("totalElements").asLong()).isZero();

        byte[] providerGolden;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.PROVIDER_REGISTERED_V1.exampleResource())) {
            providerGolden = in.readAllBytes();
        }
        publish(providerGolden);

        JsonNode provider = awaitProvider("6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23");
        assertThat(provider.get("name").asString()).isEqualTo("Omsorgsgruppen Norr AB");
        assertThat(provider.get("units").size()).as("the unit once, though delivered twice").isEqualTo(1);
        assertThat(provider.get("units").get(0).get("serviceAreaLabel").asString()).isEqualTo("Hemtjänst");
        JsonNode homeCare = json.readTree(get("/api/v1/public/providers?serviceArea=HOME_CARE").body());
        assertThat(homeCare.get("totalElements").asLong()).isEqualTo(1);
        JsonNode preschools = json.readTree(get("/api/v1/public/providers?serviceArea=PRESCHOOL").body());
        assertThat(preschools.get("totalElements").asLong()).isZero();
    }

    @Test
    void rebuildingEmptiesTheReadModelAsksTheOwnerForSnapshotsAndFillsAgainFromThem() throws Exception {
        publish(EventJson.write(event(UUID.randomUUID().toString(), "Borttappad AB", 0)).getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("public_providers").countDocuments() == 1);
        org.springframework.amqp.core.AmqpAdmin admin = new org.springframework.amqp.rabbit.core.RabbitAdmin(
                rabbit.getConnectionFactory());
        String owner = admin.declareQueue(new org.springframework.amqp.core.Queue(
                topology.queue("owner-" + UUID.randomUUID()), false, false, false));
        try {
            admin.declareBinding(org.springframework.amqp.core.BindingBuilder.bind(
                    new org.springframework.amqp.core.Queue(owner)).to(new org.springframework.amqp.core.TopicExchange(
                    topology.exchangeOf(EventTypes.PRODUCER_SERVICE))).with(EventTypes.RESYNC_REQUESTED_OF_PRODUCER_V1.name()));

            HttpResponse<String> accepted = post("/api/v1/admin/read-models/public-providers/rebuild");

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            assertThat(mongo.getCollection("public_providers").countDocuments()).isZero();
            Message request = rabbit.receive(owner, 10_000);
            assertThat(request).as("the owner was asked").isNotNull();
            var asked = EventJson.read(request.getBody(), EventTypes.RESYNC_REQUESTED_OF_PRODUCER_V1);
            assertThat(asked.payload().requester()).isEqualTo("transparency-service");
            assertThat(asked.payload().readModel()).isEqualTo("public-providers");
        } finally {
            admin.deleteQueue(owner);
        }

        byte[] snapshot;
        try (InputStream in = getClass().getResourceAsStream(EventTypes.PROVIDER_SNAPSHOT_V1.exampleResource())) {
            snapshot = in.readAllBytes();
        }
        publish(EventTypes.PROVIDER_SNAPSHOT_V1.name(), snapshot);
        publish(EventTypes.PROVIDER_SNAPSHOT_V1.name(), snapshot);

        JsonNode provider = awaitProvider("6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23");
        assertThat(provider.get("units").size()).isEqualTo(1);
        assertThat(mongo.getCollection("audit_log").countDocuments(new org.bson.Document("action", "read-model.rebuild")))
                .isEqualTo(1);
        assertThat(post("/api/v1/admin/read-models/no-such-model/rebuild").statusCode()).isEqualTo(404);
    }

    private JsonNode awaitParked(long count) {
        return await().atMost(Duration.ofSeconds(20)).until(() ->
                json.readTree(get("/api/v1/admin/parked-messages?status=PARKED").body()),
                page -> page.get("totalElements").asLong() == count);
    }

    private HttpResponse<String> post(String path) {
        return api().post(path);
    }

    private EventEnvelope<ProviderRegisteredV1> event(String id, String name, long version) {
        return event(id, name, version, "AKTIEBOLAG");
    }

    private EventEnvelope<ProviderRegisteredV1> event(String id, String name, long version, String legalForm) {
        return EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, Instant.now(), null, "test",
                new ProviderRegisteredV1(id, name, legalForm, "556677-8899", null, version));
    }

    private void publish(byte[] body) {
        publish(EventTypes.PROVIDER_REGISTERED_V1.name(), body);
    }

    private void publish(String type, byte[] body) {
        Message message = MessageBuilder.withBody(body).setContentType("application/json").build();
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), type, message);
    }

    private JsonNode awaitProvider(String id) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> response = get("/api/v1/public/providers/" + id);
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        }, java.util.Objects::nonNull);
    }

    private HttpResponse<String> get(String path) {
        return api().get(path);
    }

    private ApiClient api() {
        return ApiClient.onPort(port).as(Role.ADMINISTRATOR, "ks-klk");
    }
}
