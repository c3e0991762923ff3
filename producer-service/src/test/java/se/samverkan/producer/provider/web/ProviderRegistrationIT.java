package se.samverkan.producer.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
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
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderRegistrationIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;

    private final JsonMapper json = JsonMapper.builder().build();
    private String observer;

    @BeforeEach
    void observeEvents() {
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + java.util.UUID.randomUUID()), false, false, false));
        for (String type : List.of(EventTypes.PROVIDER_REGISTERED_V1.name(), EventTypes.UNIT_OPENED_V1.name(),
                EventTypes.PROVIDER_SNAPSHOT_V1.name())) {
            admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                    .with(type));
        }
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
        mongo.getDb().drop();
    }

    @Test
    void aRegisteredProviderIsStoredListedAndAnnouncedOnce() throws Exception {
        HttpResponse<String> created = post("""
                {"name":"Omsorgsgruppen Norr AB","legalForm":"AKTIEBOLAG","organisationNumber":"5566778899"}""");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String id = body.get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/providers/" + id);
        assertThat(body.get("organisationNumber").asString()).isEqualTo("556677-8899");
        assertThat(body.get("legalFormLabel").asString()).isEqualTo("Aktiebolag");

        assertThat(get("/api/v1/providers/" + id).statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(get("/api/v1/providers?sort=name,asc").body());
        assertThat(list.get("totalElements").asLong()).isEqualTo(1);

        Message message = rabbit.receive(observer, 10_000);
        assertThat(message).as("provider.registered.v1 published").isNotNull();
        EventEnvelope<ProviderRegisteredV1> event = EventJson.read(message.getBody(), EventTypes.PROVIDER_REGISTERED_V1);
        assertThat(event.payload().providerId()).isEqualTo(id);
        assertThat(event.payload().organisationNumber()).isEqualTo("556677-8899");
        assertThat(event.correlationId()).isEqualTo(created.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertThat(message.getMessageProperties().getMessageId()).isEqualTo(event.eventId().toString());

        assertThat(rabbit.receive(observer, 1_000)).as("no second copy").isNull();
        assertThat(mongo.getCollection("providers").find().first().getList("outbox", Object.class))
                .as("outbox drained after the confirm").isEmpty();
    }

    @Test
    void aBadOrganisationNumberAndAMissingFieldAreBothNamedAndNothingIsStored() throws Exception {
        HttpResponse<String> response = post("""
                {"legalForm":"AKTIEBOLAG","organisationNumber":"556677-8898"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:samverkan:problem:validation");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("name", "organisationNumber");
        assertThat(problem.get("errors").findValuesAsString("rule")).containsExactly("required", "luhn");
        assertThat(mongo.getCollection("providers").countDocuments()).isZero();
    }

    @Test
    void soleTradersAreRegisteredWithoutTheirOwnersPersonnummerAndNoPersonnummerIsStoredOrPublished() throws Exception {
        HttpResponse<String> anna = post("""
                {"name":"Frisören Anna Berg","legalForm":"ENSKILD_FIRMA","organisationId":"provider-anna-berg"}""");
        HttpResponse<String> erik = post("""
                {"name":"Städ Erik Lind","legalForm":"ENSKILD_FIRMA"}""");
        HttpResponse<String> withNumber = post("""
                {"name":"Trädgård Olle Ek","legalForm":"ENSKILD_FIRMA","organisationNumber":"811218-9876"}""");
        HttpResponse<String> companyWithPersonnummer = post("""
                {"name":"Fel AB","legalForm":"AKTIEBOLAG","organisationNumber":"8112189876"}""");

        assertThat(anna.statusCode()).as(anna.body()).isEqualTo(201);
        assertThat(erik.statusCode()).as(erik.body()).isEqualTo(201);
        assertThat(json.readTree(erik.body()).get("organisationId").asString()).isEqualTo("provider-stad-erik-lind");
        assertThat(json.readTree(anna.body()).get("organisationNumber").isNull()).isTrue();
        for (HttpResponse<String> refused : java.util.List.of(withNumber, companyWithPersonnummer)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json.readTree(refused.body()).get("errors").findValuesAsString("rule"))
                    .containsExactly("personal-identity-number");
        }
        assertThat(mongo.getCollection("providers").countDocuments()).isEqualTo(2);
        assertThat(mongo.getCollection("providers").find().map(org.bson.Document::toJson).into(new java.util.ArrayList<>()))
                .as("no personnummer anywhere in the stored documents, outbox included")
                .noneMatch(document -> document.contains("811218") || document.contains("8112189876"));
    }

    @Test
    void malformedJsonIsAProblemDetailAndNothingIsStored() throws Exception {
        HttpResponse<String> response = post("{\"name\": \"Trasig");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:samverkan:problem:malformed-request");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(mongo.getCollection("providers").countDocuments()).isZero();
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() throws Exception {
        HttpResponse<String> response = post("""
                {"name":{"nested":true},"legalForm":"AKTIEBOLAG","organisationNumber":"5566778899"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void theSameOrganisationNumberCannotBeRegisteredTwice() throws Exception {
        String body = """
                {"name":"Förskolan Solrosen ek. för.","legalForm":"EKONOMISK_FORENING","organisationNumber":"769600-0004"}""";
        assertThat(post(body).statusCode()).isEqualTo(201);

        HttpResponse<String> second = post(body);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json.readTree(second.body()).get("detail").asString()).contains("769600-0004");
        assertThat(mongo.getCollection("providers").countDocuments()).isEqualTo(1);
    }

    @Test
    void listingRejectsAnUnknownSortFieldAndAnOversizedPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/providers?sort=secret&size=1000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("sort", "size");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        assertThat(get("/api/v1/providers/6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/providers/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void aProviderOpensAUnitWhichIsStoredWithItAndAnnounced() throws Exception {
        String id = json.readTree(post("""
                {"name":"Vallby kommun, produktionsförvaltningen","legalForm":"KOMMUNAL_EGENREGI",
                 "organisationNumber":"212000-0142"}""").body()).get("id").asString();
        assertThat(rabbit.receive(observer, 10_000)).as("provider.registered.v1").isNotNull();

        HttpResponse<String> opened = post("/api/v1/providers/" + id + "/units", """
                {"name":"Hemtjänst Norr","serviceArea":"HOME_CARE","area":"Vallby norra","openedOn":"2026-01-01"}""");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String unitId = json.readTree(opened.body()).get("id").asString();
        JsonNode provider = json.readTree(get("/api/v1/providers/" + id).body());
        assertThat(provider.get("units").get(0).get("serviceAreaLabel").asString()).isEqualTo("Hemtjänst");
        assertThat(provider.get("version").asLong()).isEqualTo(1);
        Message message = rabbit.receive(observer, 10_000);
        assertThat(message).as("unit.opened.v1 published").isNotNull();
        EventEnvelope<UnitOpenedV1> event = EventJson.read(message.getBody(), EventTypes.UNIT_OPENED_V1);
        assertThat(event.payload().unitId()).isEqualTo(unitId);
        assertThat(event.payload().providerVersion()).isEqualTo(1);

        HttpResponse<String> again = post("/api/v1/providers/" + id + "/units", """
                {"name":"hemtjänst norr","serviceArea":"HOME_CARE","openedOn":"2026-01-01"}""");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json.readTree(get("/api/v1/providers/" + id).body()).get("units").size()).isEqualTo(1);
    }

    @Test
    void aResyncRequestIsAnsweredWithASnapshotOfEveryProviderAndItsUnits() throws Exception {
        String first = json.readTree(post("""
                {"name":"Åkerbo Omsorg AB","legalForm":"AKTIEBOLAG","organisationNumber":"556345-6788"}""").body())
                .get("id").asString();
        post("/api/v1/providers/" + first + "/units", """
                {"name":"Åkerbo hemtjänst","serviceArea":"HOME_CARE","openedOn":"2022-02-01"}""");
        post("""
                {"name":"Kooperativet Lärkan","legalForm":"KOOPERATIV","organisationNumber":"769623-4561"}""");
        for (int i = 0; i < 3; i++) {
            assertThat(rabbit.receive(observer, 10_000)).as("the events of the changes themselves").isNotNull();
        }
        byte[] request;
        try (java.io.InputStream in = getClass().getResourceAsStream(
                EventTypes.RESYNC_REQUESTED_OF_PRODUCER_V1.exampleResource())) {
            request = in.readAllBytes();
        }

        rabbit.send(topology.ownExchange(), EventTypes.RESYNC_REQUESTED_OF_PRODUCER_V1.name(),
                org.springframework.amqp.core.MessageBuilder.withBody(request).build());

        java.util.Map<String, Integer> unitsByProvider = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            Message message = rabbit.receive(observer, 10_000);
            assertThat(message).as("snapshot " + i).isNotNull();
            var snapshot = EventJson.read(message.getBody(), EventTypes.PROVIDER_SNAPSHOT_V1);
            assertThat(snapshot.correlationId()).isEqualTo("c0ffee00-0000-4000-8000-000000000003");
            unitsByProvider.put(snapshot.payload().providerId(), snapshot.payload().units().size());
        }
        assertThat(unitsByProvider).containsEntry(first, 1).hasSize(2);
        assertThat(json.readTree(get("/api/v1/providers/" + first).body()).get("version").asLong())
                .as("publishing snapshots changes no provider").isEqualTo(1);
    }

    @Test
    void aUnitForAnUnknownProviderIsNotFound() throws Exception {
        assertThat(post("/api/v1/providers/6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23/units", """
                {"name":"X","serviceArea":"HOME_CARE","openedOn":"2026-01-01"}""").statusCode()).isEqualTo(404);
    }

    @Test
    void providersCanBeLookedUpByOrganisationNumberInAnyWrittenForm() throws Exception {
        post("""
                {"name":"Stiftelsen Vallby Diakoni","legalForm":"STIFTELSE","organisationNumber":"802002-4280"}""");

        JsonNode found = json.readTree(get("/api/v1/providers?organisationNumber=8020024280").body());

        assertThat(found.get("totalElements").asLong()).isEqualTo(1);
        assertThat(get("/api/v1/providers?organisationNumber=12").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> post(String body) {
        return post("/api/v1/providers", body);
    }

    private HttpResponse<String> post(String path, String body) {
        return api().post(path, body);
    }

    private HttpResponse<String> get(String path) {
        return api().get(path);
    }

    private ApiClient api() {
        return ApiClient.onPort(port).as(Role.CONTRACT_MANAGER, "board-von");
    }
}
