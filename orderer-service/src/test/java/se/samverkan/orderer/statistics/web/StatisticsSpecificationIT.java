package se.samverkan.orderer.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
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

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestIdentity;
import se.samverkan.defaults.testing.TestInfrastructure;

/** A board's officials specify the statistics of a service area, publish it and providers read it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsSpecificationIT {

    static final String SPECIFICATIONS = "/api/v1/statistics-specifications";

    /** VON's home-care draft: hours, staff, their relation, a survey result and deviations. */
    static final String HOME_CARE_DRAFT = """
            {"validFrom": "2027-01-01", "ageBands": ["0-64", "65-79", "80-89", "90-"], "measures": [
              {"code": "HOME_CARE_HOURS_PERFORMED", "name": "Utförda timmar", "category": "VOLUME",
               "valueType": "AMOUNT", "unit": "timmar", "frequency": "MONTHLY", "breakdowns": ["GENDER", "AGE_BAND"],
               "minValue": 0},
              {"code": "HOME_CARE_STAFF_FTE", "name": "Årsarbetare i omsorgsarbetet", "category": "RESOURCE",
               "valueType": "AMOUNT", "unit": "årsarbetare", "frequency": "MONTHLY"},
              {"code": "HOME_CARE_HOURS_PER_FTE", "name": "Utförda timmar per årsarbetare", "category": "PRODUCTIVITY",
               "valueType": "AMOUNT", "unit": "timmar per årsarbetare", "frequency": "MONTHLY",
               "volumeMeasure": "HOME_CARE_HOURS_PERFORMED", "resourceMeasure": "HOME_CARE_STAFF_FTE"},
              {"code": "HOME_CARE_SATISFIED_USERS", "name": "Andel nöjda brukare", "category": "USER_SURVEY",
               "valueType": "PERCENT", "frequency": "YEARLY", "breakdowns": ["GENDER"],
               "reportsRespondents": true, "reportsResponseRate": true},
              {"code": "HOME_CARE_DEVIATIONS", "name": "Antal avvikelser", "category": "COMPLAINTS_AND_DEVIATIONS",
               "valueType": "COUNT", "unit": "avvikelser", "frequency": "QUARTERLY", "required": false}
            ]}""";

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

    private String observer;
    private String vonId;

    @BeforeEach
    void setUp() {
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false, false, false));
        admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                .with(EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.name()));
        vonId = board("Vård- och omsorgsnämnden", "VON");
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
        mongo.getDb().drop();
    }

    @Test
    void aBoardsOfficialDraftsAndPublishesTheSpecificationAndItIsAnnouncedOnceWithEveryMeasure() throws Exception {
        HttpResponse<String> created = von().post(SPECIFICATIONS, create(vonId, "HOME_CARE"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains(SPECIFICATIONS + "/" + id);
        assertThat(ApiClient.json(created).get("draft").get("version").asInt()).isEqualTo(1);

        HttpResponse<String> edited = von().send("PUT", SPECIFICATIONS + "/" + id + "/draft", HOME_CARE_DRAFT);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(edited.headers().firstValue("ETag")).contains("\"1\"");
        JsonNode draft = von().getJson(SPECIFICATIONS + "/" + id + "/draft");
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("measures").findValuesAsString("code")).hasSize(5);
        assertThat(draft.get("measures").get(3).get("maxValue").asInt()).as("a percentage is at most 100").isEqualTo(100);

        HttpResponse<String> published = contractManager().post(SPECIFICATIONS + "/" + id + "/publish");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.headers().firstValue("Location")).contains(SPECIFICATIONS + "/" + id + "/versions/1");

        Message message = rabbit.receive(observer, 10_000);
        assertThat(message).as("statistics-specification.published.v1 published").isNotNull();
        EventEnvelope<StatisticsSpecificationPublishedV1> event = EventJson.read(message.getBody(),
                EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1);
        assertThat(event.organisationId()).isEqualTo("board-von");
        assertThat(event.correlationId()).isEqualTo(published.headers().firstValue("X-Correlation-Id").orElseThrow());
        StatisticsSpecificationPublishedV1 payload = event.payload();
        assertThat(payload.specificationId()).isEqualTo(id);
        assertThat(payload.boardId()).isEqualTo(vonId);
        assertThat(payload.boardOrganisationId()).isEqualTo("board-von");
        assertThat(payload.serviceArea()).isEqualTo("HOME_CARE");
        assertThat(payload.version()).isEqualTo(1);
        assertThat(payload.validFrom()).isEqualTo("2027-01-01");
        assertThat(payload.ageBands()).containsExactly("0-64", "65-79", "80-89", "90-");
        assertThat(payload.measures()).extracting(StatisticsSpecificationPublishedV1.Measure::code).containsExactly(
                "HOME_CARE_HOURS_PERFORMED", "HOME_CARE_STAFF_FTE", "HOME_CARE_HOURS_PER_FTE",
                "HOME_CARE_SATISFIED_USERS", "HOME_CARE_DEVIATIONS");
        assertThat(payload.measures().get(2).volumeMeasure()).isEqualTo("HOME_CARE_HOURS_PERFORMED");
        assertThat(payload.measures().get(3).reportsRespondents()).isTrue();
        assertThat(payload.measures().get(4).required()).isFalse();
        assertThat(rabbit.receive(observer, 1_000)).as("no second copy").isNull();
        assertThat(mongo.getCollection("statisticsSpecifications").find().first().getList("outbox", Object.class))
                .as("outbox drained after the confirm").isEmpty();

        JsonNode forProvider = provider().getJson(SPECIFICATIONS + "/" + id + "/versions/1");
        assertThat(forProvider.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(forProvider.get("measures").findValuesAsString("code")).hasSize(5);
        assertThat(provider().getJson(SPECIFICATIONS + "/" + id).get("latestVersion").asInt()).isEqualTo(1);
        assertThat(provider().getJson(SPECIFICATIONS + "/" + id).get("draft").isNull()).isTrue();
    }

    @Test
    void editingAPublishedSpecificationStartsTheNextVersionAndLeavesThePublishedOneAsItWas() throws Exception {
        String id = publishedHomeCare();
        rabbit.receive(observer, 10_000);

        HttpResponse<String> edited = von().send("PUT", SPECIFICATIONS + "/" + id + "/draft",
                HOME_CARE_DRAFT.replace("2027-01-01", "2028-01-01").replace("\"required\": false", "\"required\": true"));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(ApiClient.json(edited).get("version").asInt()).isEqualTo(2);
        assertThat(provider().get(SPECIFICATIONS + "/" + id + "/versions/2").statusCode()).isEqualTo(404);
        assertThat(provider().get(SPECIFICATIONS + "/" + id + "/draft").statusCode()).isEqualTo(404);

        HttpResponse<String> published = von().post(SPECIFICATIONS + "/" + id + "/publish");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

        JsonNode first = provider().getJson(SPECIFICATIONS + "/" + id + "/versions/1");
        assertThat(first.get("validFrom").asString()).isEqualTo("2027-01-01");
        assertThat(first.get("validUntil").asString()).isEqualTo("2027-12-31");
        assertThat(first.get("measures").get(4).get("required").asBoolean()).as("version 1 unchanged").isFalse();
        assertThat(provider().getJson(SPECIFICATIONS + "/" + id + "/versions/2").get("measures").get(4).get("required")
                .asBoolean()).isTrue();
        Message second = rabbit.receive(observer, 10_000);
        assertThat(second).isNotNull();
        assertThat(EventJson.read(second.getBody(), EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1).payload()
                .version()).isEqualTo(2);
        HttpResponse<String> again = von().post(SPECIFICATIONS + "/" + id + "/publish");
        assertThat(again.statusCode()).as("nothing left to publish").isEqualTo(409);
    }

    @Test
    void aSpecificationNeverPublishedIsKnownOnlyToItsBoardsOfficialsAndAdministrators() {
        String id = ApiClient.json(von().post(SPECIFICATIONS, create(vonId, "RESIDENTIAL_CARE"))).get("id").asString();
        board("Barn- och utbildningsnämnden", "BUN");
        ApiClient bun = api().as(ORDERER_OFFICIAL, "board-bun");

        for (ApiClient outsider : new ApiClient[] {bun, provider()}) {
            HttpResponse<String> hidden = outsider.get(SPECIFICATIONS + "/" + id);
            HttpResponse<String> missing = outsider.get(SPECIFICATIONS + "/" + UUID.randomUUID());
            assertThat(hidden.statusCode()).isEqualTo(404);
            assertThat(ApiClient.json(hidden).get("type")).isEqualTo(ApiClient.json(missing).get("type"));
            assertThat(outsider.get(SPECIFICATIONS + "/" + id + "/draft").statusCode()).isEqualTo(404);
            assertThat(outsider.getJson(SPECIFICATIONS).get("totalElements").asLong()).isZero();
        }
        assertThat(bun.send("PUT", SPECIFICATIONS + "/" + id + "/draft", HOME_CARE_DRAFT).statusCode()).isEqualTo(404);
        assertThat(bun.post(SPECIFICATIONS + "/" + id + "/publish").statusCode()).isEqualTo(404);
        assertThat(bun.post(SPECIFICATIONS, create(vonId, "HOME_CARE")).statusCode()).isEqualTo(404);
        assertThat(von().getJson(SPECIFICATIONS).get("totalElements").asLong()).isEqualTo(1);
        assertThat(api().as(ADMINISTRATOR, "ks-klk").get(SPECIFICATIONS + "/" + id + "/draft").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBoardHasOneSpecificationPerServiceAreaAndListsFilterByBoardAndArea() {
        assertThat(von().post(SPECIFICATIONS, create(vonId, "HOME_CARE")).statusCode()).isEqualTo(201);
        assertThat(von().post(SPECIFICATIONS, create(vonId, "RESIDENTIAL_CARE")).statusCode()).isEqualTo(201);

        HttpResponse<String> again = contractManager().post(SPECIFICATIONS, create(vonId, " HOME_CARE "));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(mongo.getCollection("statisticsSpecifications").countDocuments()).isEqualTo(2);
        assertThat(von().getJson(SPECIFICATIONS + "?boardId=" + vonId + "&serviceArea=HOME_CARE")
                .get("content").findValuesAsString("serviceArea")).containsExactly("HOME_CARE");
        assertThat(von().getJson(SPECIFICATIONS + "?sort=serviceArea,desc").get("content")
                .findValuesAsString("serviceArea")).containsExactly("RESIDENTIAL_CARE", "HOME_CARE");
        assertThat(von().get(SPECIFICATIONS + "?serviceArea=ELDERLY").statusCode()).isEqualTo(400);
        assertThat(von().get(SPECIFICATIONS + "?boardId=VON").statusCode()).isEqualTo(400);
    }

    @Test
    void anInvalidDraftIsAProblemDetailNamingEveryBrokenRuleAndNothingIsStored() throws Exception {
        String id = ApiClient.json(von().post(SPECIFICATIONS, create(vonId, "HOME_CARE"))).get("id").asString();
        long before = storedRevision(id);

        HttpResponse<String> response = von().send("PUT", SPECIFICATIONS + "/" + id + "/draft", """
                {"validFrom": "2027-01-01", "measures": [
                  {"code": "SATISFIED", "name": "Nöjdhet", "category": "USER_SURVEY", "valueType": "PERCENT",
                   "frequency": "YEARLY", "maxValue": 110},
                  {"code": "SATISFIED", "name": "Timmar per anställd", "category": "PRODUCTIVITY", "valueType": "AMOUNT",
                   "unit": "timmar", "frequency": "MONTHLY", "volumeMeasure": "HOURS", "resourceMeasure": "SATISFIED"}
                ]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:samverkan:problem:validation");
        assertThat(problem.get("errors").findValuesAsString("rule")).containsExactly("percent-bounds",
                "user-survey-response", "user-survey-response", "unique", "productivity-reference",
                "productivity-reference");
        assertThat(storedRevision(id)).isEqualTo(before);
        HttpResponse<String> empty = von().post(SPECIFICATIONS + "/" + id + "/publish");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(empty).get("errors").findValuesAsString("rule")).containsExactly("required",
                "not-empty");
        assertThat(rabbit.receive(observer, 500)).isNull();
    }

    @Test
    void aDraftChangedSinceTheCallerReadItIsAConflictAndNothingChanges() throws Exception {
        String id = ApiClient.json(von().post(SPECIFICATIONS, create(vonId, "HOME_CARE"))).get("id").asString();
        String etag = von().get(SPECIFICATIONS + "/" + id + "/draft").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> first = contractManager().send("PUT", SPECIFICATIONS + "/" + id + "/draft", HOME_CARE_DRAFT);
        assertThat(first.statusCode()).isEqualTo(200);

        HttpResponse<String> stale = ifMatch(etag, "PUT", SPECIFICATIONS + "/" + id + "/draft", "{\"measures\": []}");
        HttpResponse<String> staleToPublish = ifMatch(etag, "POST", SPECIFICATIONS + "/" + id + "/publish", null);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(staleToPublish.statusCode()).isEqualTo(409);
        assertThat(von().getJson(SPECIFICATIONS + "/" + id + "/draft").get("measures").size()).isEqualTo(5);
        String current = first.headers().firstValue("ETag").orElseThrow();
        assertThat(ifMatch(current, "POST", SPECIFICATIONS + "/" + id + "/publish", null).statusCode()).isEqualTo(201);
    }

    private String publishedHomeCare() {
        String id = ApiClient.json(von().post(SPECIFICATIONS, create(vonId, "HOME_CARE"))).get("id").asString();
        assertThat(von().send("PUT", SPECIFICATIONS + "/" + id + "/draft", HOME_CARE_DRAFT).statusCode()).isEqualTo(200);
        assertThat(von().post(SPECIFICATIONS + "/" + id + "/publish").statusCode()).isEqualTo(201);
        return id;
    }

    private long storedRevision(String id) {
        return mongo.getCollection("statisticsSpecifications").find(new org.bson.Document("_id", id)).first()
                .get("version", Number.class).longValue();
    }

    private String board(String name, String shortName) {
        HttpResponse<String> created = api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/boards",
                "{\"name\":\"" + name + "\",\"shortName\":\"" + shortName + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    static String create(String boardId, String serviceArea) {
        return "{\"boardId\":\"" + boardId + "\",\"serviceArea\":\"" + serviceArea + "\"}";
    }

    private ApiClient von() {
        return api().as(ORDERER_OFFICIAL, "board-von");
    }

    private ApiClient contractManager() {
        return api().as(CONTRACT_MANAGER, "board-von");
    }

    /** A call by VON's official that sends the ETag it read, as an editor that guards against lost updates does. */
    private HttpResponse<String> ifMatch(String etag, String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestIdentity.get().token(ORDERER_OFFICIAL.claim(), "board-von"))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private ApiClient provider() {
        return api().as(PROVIDER_USER, "provider-omsorgsgruppen-norr");
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
