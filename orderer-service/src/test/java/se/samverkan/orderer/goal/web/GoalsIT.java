package se.samverkan.orderer.goal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventType;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

/**
 * The goal hierarchy through the REST API: the council adopts its goals for a mandate period,
 * a board adopts goals serving them, both are revised under optimistic locking, and each
 * adoption is announced with the whole structure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    Topology topology;

    private String observer;

    @BeforeEach
    void observeEvents() {
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false, false, false));
        for (String type : List.of(EventTypes.COUNCIL_GOALS_ADOPTED_V1.name(), EventTypes.BOARD_GOALS_ADOPTED_V1.name())) {
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
    void theCouncilAdoptsItsGoalsForAMandatePeriodAndEveryOfficialReadsThem() {
        HttpResponse<String> adopted = analyst().post("/api/v1/council-goals", councilGoals("2023-2026"));

        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        assertThat(adopted.headers().firstValue("Location")).contains("/api/v1/council-goals/2023-2026");
        JsonNode read = ApiClient.json(ApiClient.onPort(port).as(Role.PROVIDER_USER, "provider-x")
                .get("/api/v1/council-goals/2023-2026"));
        assertThat(read.get("vision").asString()).isEqualTo("Vallby – en trygg och grön kommun");
        assertThat(read.get("councilProgramme").asString()).isEqualTo("Mål och budget 2023–2026");
        assertThat(read.get("firstYear").asInt()).isEqualTo(2023);
        assertThat(read.get("lastYear").asInt()).isEqualTo(2026);
        assertThat(read.get("goalAreas").findValuesAsString("label"))
                .containsExactly("Social hållbarhet", "Ekologisk hållbarhet", "Ekonomisk hållbarhet");
        assertThat(read.get("goals").findValuesAsString("goalAreaLabel"))
                .containsExactly("Social hållbarhet", "Ekologisk hållbarhet", "Ekonomisk hållbarhet");
        assertThat(read.get("goals").findValues("number")).extracting(JsonNode::asInt).containsExactly(1, 2, 3);

        analyst().post("/api/v1/council-goals", councilGoals("2019-2022"));
        JsonNode list = ApiClient.json(analyst().get("/api/v1/council-goals?sort=mandatePeriod,desc"));
        assertThat(list.get("content").findValuesAsString("mandatePeriod")).containsExactly("2023-2026", "2019-2022");

        HttpResponse<String> again = analyst().post("/api/v1/council-goals", councilGoals("2023–2026"));
        assertThat(again.statusCode()).as("one document per mandate period").isEqualTo(409);
        assertThat(mongo.getCollection("councilGoals").countDocuments()).isEqualTo(2);
    }

    @Test
    void councilGoalsAreAnnouncedWithTheWholeStructureThroughTheOutbox() {
        HttpResponse<String> adopted = analyst().post("/api/v1/council-goals", councilGoals("2023-2026"));
        JsonNode goals = ApiClient.json(adopted);

        EventEnvelope<CouncilGoalsAdoptedV1> event = EventJson.read(receive(EventTypes.COUNCIL_GOALS_ADOPTED_V1)
                .getBody(), EventTypes.COUNCIL_GOALS_ADOPTED_V1);

        assertThat(event.organisationId()).isEqualTo("ks-klk");
        assertThat(event.correlationId()).isEqualTo(adopted.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertThat(event.payload().mandatePeriod()).isEqualTo("2023-2026");
        assertThat(event.payload().vision()).isEqualTo("Vallby – en trygg och grön kommun");
        assertThat(event.payload().goals()).extracting(CouncilGoalsAdoptedV1.CouncilGoal::councilGoalId)
                .containsExactlyElementsOf(goals.get("goals").findValuesAsString("id"));
        assertThat(event.payload().goals()).extracting(CouncilGoalsAdoptedV1.CouncilGoal::goalArea)
                .containsExactly("SOCIAL", "ECOLOGICAL", "ECONOMIC");
        assertThat(event.payload().version()).isZero();
    }

    @Test
    void aBoardAdoptsGoalsServingTheCouncilGoalsAndTheyAreAnnouncedWithIndicatorsAndTargets() {
        String elderly = councilGoalIds("2023-2026").get(0);
        String von = board("Vård- och omsorgsnämnden", "VON");

        HttpResponse<String> adopted = vonOfficial().post("/api/v1/boards/" + von + "/goals",
                boardGoals("2023-2026", elderly));

        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        assertThat(adopted.headers().firstValue("Location")).contains("/api/v1/boards/" + von + "/goals/2023-2026");
        JsonNode read = ApiClient.json(vonOfficial().get("/api/v1/boards/" + von + "/goals/2023-2026"));
        assertThat(read.get("boardShortName").asString()).isEqualTo("VON");
        JsonNode indicator = read.get("goals").get(0).get("indicators").get(0);
        assertThat(read.get("goals").get(0).get("councilGoalId").asString()).isEqualTo(elderly);
        assertThat(indicator.get("name").asString()).isEqualTo("Andel brukare nöjda med hemtjänsten");
        assertThat(indicator.get("direction").asString()).isEqualTo("INCREASE");
        assertThat(indicator.get("breakdowns").get(0).asString()).isEqualTo("GENDER");
        assertThat(indicator.get("targets").findValues("year")).extracting(JsonNode::asInt)
                .containsExactly(2024, 2025, 2026);
        assertThat(indicator.get("targets").get(2).get("value").decimalValue()).isEqualByComparingTo("92.5");
        assertThat(indicator.get("measureCode").asString()).isEqualTo("HOME_CARE_SATISFIED_USERS");
        assertThat(indicator.get("aggregation").asString()).isEqualTo("WEIGHTED_AVERAGE");

        EventEnvelope<BoardGoalsAdoptedV1> event = EventJson.read(receive(EventTypes.BOARD_GOALS_ADOPTED_V1).getBody(),
                EventTypes.BOARD_GOALS_ADOPTED_V1);
        assertThat(event.organisationId()).as("the acting organisation").isEqualTo("board-von");
        assertThat(event.payload().boardId()).isEqualTo(von);
        assertThat(event.payload().boardOrganisationId()).isEqualTo("board-von");
        BoardGoalsAdoptedV1.Indicator published = event.payload().goals().get(0).indicators().get(0);
        assertThat(published.indicatorId()).isEqualTo(indicator.get("id").asString());
        assertThat(published.concernsPeople()).isTrue();
        assertThat(published.breakdowns()).containsExactly("GENDER", "AGE_BAND");
        assertThat(published.targets()).extracting(BoardGoalsAdoptedV1.Target::year).containsExactly(2024, 2025, 2026);
        assertThat(published.targets().get(2).value()).isEqualByComparingTo("92.5");
        assertThat(published.measureCode()).as("the statistics measure it is measured by")
                .isEqualTo("HOME_CARE_SATISFIED_USERS");
        assertThat(published.aggregation()).isEqualTo("WEIGHTED_AVERAGE");

        HttpResponse<String> again = vonOfficial().post("/api/v1/boards/" + von + "/goals",
                boardGoals("2023-2026", elderly));
        assertThat(again.statusCode()).as("one document per board and period").isEqualTo(409);
    }

    @Test
    void boardGoalMustServeACouncilGoalOfTheSamePeriodAndARefusalStoresNothing() {
        String ofThisPeriod = councilGoalIds("2023-2026").get(0);
        councilGoalIds("2027-2030");
        String von = board("Vård- och omsorgsnämnden", "VON");

        HttpResponse<String> refused = vonOfficial().post("/api/v1/boards/" + von + "/goals",
                boardGoals("2027-2030", ofThisPeriod).replace("2024", "2028").replace("2025", "2029")
                        .replace("2026", "2030"));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = ApiClient.json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("urn:samverkan:problem:validation");
        assertThat(problem.get("errors").findValuesAsString("rule")).containsExactly("council-goal-of-period");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("goals[0].councilGoalId");
        assertThat(mongo.getCollection("boardGoals").countDocuments()).isZero();
    }

    @Test
    void anIndicatorAboutPeopleWithoutGenderAndATargetOutsideThePeriodAreBothNamed() {
        String elderly = councilGoalIds("2023-2026").get(0);
        String von = board("Vård- och omsorgsnämnden", "VON");
        String body = boardGoals("2023-2026", elderly).replace("\"GENDER\",", "").replace("2024", "2022");

        JsonNode problem = ApiClient.json(vonOfficial().post("/api/v1/boards/" + von + "/goals", body));

        assertThat(problem.get("errors").findValuesAsString("rule"))
                .containsExactly("gender-breakdown", "in-mandate-period");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly(
                "goals[0].indicators[0].breakdowns", "goals[0].indicators[0].targets[0].year");
    }

    @Test
    void aRevisionFromAStaleVersionIsAConflictAndChangesNothing() {
        String elderly = councilGoalIds("2023-2026").get(0);
        String von = board("Vård- och omsorgsnämnden", "VON");
        String path = "/api/v1/boards/" + von + "/goals/2023-2026";
        JsonNode adopted = ApiClient.json(vonOfficial().post("/api/v1/boards/" + von + "/goals",
                boardGoals("2023-2026", elderly)));
        String goalId = adopted.get("goals").get(0).get("id").asString();
        String indicatorId = adopted.get("goals").get(0).get("indicators").get(0).get("id").asString();

        HttpResponse<String> first = ApiClient.onPort(port).as(Role.CONTRACT_MANAGER, "board-von")
                .send("PUT", path, revision(0, goalId, elderly, indicatorId, "Nöjda brukare i hemtjänsten"));
        HttpResponse<String> stale = vonOfficial().send("PUT", path,
                revision(0, goalId, elderly, indicatorId, "Brukarna är nöjda"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(ApiClient.json(first).get("version").asLong()).isEqualTo(1);
        assertThat(ApiClient.json(first).get("revisedAt").isNull()).isFalse();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(stale).get("type").asString()).isEqualTo("urn:samverkan:problem:conflict");
        JsonNode now = ApiClient.json(vonOfficial().get(path));
        assertThat(now.get("version").asLong()).isEqualTo(1);
        assertThat(now.get("goals").get(0).get("title").asString()).isEqualTo("Nöjda brukare i hemtjänsten");
        assertThat(now.get("goals").get(0).get("id").asString()).as("kept through the revision").isEqualTo(goalId);
        assertThat(now.get("goals").get(0).get("indicators").get(0).get("id").asString()).isEqualTo(indicatorId);

        HttpResponse<String> withoutVersion = vonOfficial().send("PUT", path, revision(0, goalId, elderly, indicatorId,
                "X").replace("\"version\":0,", ""));
        assertThat(withoutVersion.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(withoutVersion).get("errors").findValuesAsString("field")).containsExactly("version");
    }

    @Test
    void aCouncilGoalThatBoardGoalsServeCannotBeRevisedAway() {
        JsonNode council = ApiClient.json(analyst().post("/api/v1/council-goals", councilGoals("2023-2026")));
        List<String> ids = council.get("goals").findValuesAsString("id");
        String von = board("Vård- och omsorgsnämnden", "VON");
        vonOfficial().post("/api/v1/boards/" + von + "/goals", boardGoals("2023-2026", ids.get(0)));

        HttpResponse<String> dropsTheServedGoal = analyst().send("PUT", "/api/v1/council-goals/2023-2026", """
                {"version":0,"vision":"Ny vision","councilProgramme":"Reviderad budget","goals":[
                  {"id":"%s","title":"Klimatavtrycket ska halveras","goalArea":"ECOLOGICAL"}]}""".formatted(ids.get(1)));
        HttpResponse<String> keepsIt = analyst().send("PUT", "/api/v1/council-goals/2023-2026", """
                {"version":0,"vision":"Ny vision","councilProgramme":"Reviderad budget","goals":[
                  {"id":"%s","title":"Äldre lever tryggt","goalArea":"SOCIAL"},
                  {"title":"Fler trygga jobb","goalArea":"ECONOMIC"}]}""".formatted(ids.get(0)));

        assertThat(dropsTheServedGoal.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(dropsTheServedGoal).get("detail").asString()).contains("VON");
        assertThat(keepsIt.statusCode()).as(keepsIt.body()).isEqualTo(200);
        JsonNode revised = ApiClient.json(keepsIt);
        assertThat(revised.get("goals").findValuesAsString("id")).startsWith(ids.get(0)).hasSize(2);
        assertThat(revised.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aBoardsGoalsAreItsOwnAnotherBoardsOfficialsDoNotLearnTheyExist() {
        String elderly = councilGoalIds("2023-2026").get(0);
        String von = board("Vård- och omsorgsnämnden", "VON");
        String kun = board("Kultur- och utbildningsnämnden", "KUN");
        vonOfficial().post("/api/v1/boards/" + von + "/goals", boardGoals("2023-2026", elderly));
        ApiClient kunOfficial = ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-kun");

        assertThat(kunOfficial.get("/api/v1/boards/" + von + "/goals/2023-2026").statusCode()).isEqualTo(404);
        assertThat(kunOfficial.get("/api/v1/boards/" + von + "/goals").statusCode()).isEqualTo(404);
        assertThat(kunOfficial.post("/api/v1/boards/" + von + "/goals", boardGoals("2023-2026", elderly)).statusCode())
                .isEqualTo(404);
        assertThat(kunOfficial.get("/api/v1/boards/" + kun + "/goals").statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(kunOfficial.get("/api/v1/board-goals")).get("totalElements").asLong())
                .as("the list shows only their own board's goals").isZero();
        assertThat(ApiClient.json(ApiClient.onPort(port).as(Role.FINANCE, "ks-klk")
                .get("/api/v1/board-goals?mandatePeriod=2023-2026&councilGoalId=" + elderly))
                .get("content").findValuesAsString("boardShortName")).containsExactly("VON");
        assertThat(ApiClient.onPort(port).as(Role.PRODUCTION_BOARD, "provider-vallby-produktion")
                .get("/api/v1/boards/" + von + "/goals/2023-2026").statusCode()).isEqualTo(403);
        assertThat(analyst().get("/api/v1/board-goals?mandatePeriod=2024-2027").statusCode()).isEqualTo(400);
    }

    /** The next event of the type, skipping events of other types published before it. */
    private Message receive(EventType<?> type) {
        while (true) {
            Message message = rabbit.receive(observer, 10_000);
            assertThat(message).as(type.name() + " published").isNotNull();
            if (type.name().equals(EventJson.typeOf(message.getBody()))) {
                return message;
            }
        }
    }

    private List<String> councilGoalIds(String period) {
        HttpResponse<String> adopted = analyst().post("/api/v1/council-goals", councilGoals(period));
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        return ApiClient.json(adopted).get("goals").findValuesAsString("id");
    }

    private String board(String name, String shortName) {
        HttpResponse<String> created = ApiClient.onPort(port).as(Role.ADMINISTRATOR, "ks-klk").post("/api/v1/boards",
                JSON.writeValueAsString(Map.of("name", name, "shortName", shortName)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    private ApiClient analyst() {
        return ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk");
    }

    private ApiClient vonOfficial() {
        return ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-von");
    }

    static String councilGoals(String period) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mandatePeriod", period);
        body.put("vision", "Vallby – en trygg och grön kommun");
        body.put("councilProgramme", "Mål och budget 2023–2026");
        body.put("goals", List.of(
                Map.of("title", "Äldre ska kunna leva ett tryggt och självständigt liv", "goalArea", "SOCIAL"),
                Map.of("title", "Kommunens klimatavtryck ska minska", "goalArea", "ECOLOGICAL"),
                Map.of("title", "En ansvarsfull ekonomi i balans", "goalArea", "ECONOMIC")));
        return JSON.writeValueAsString(body);
    }

    static String boardGoals(String period, String councilGoalId) {
        return """
                {"mandatePeriod":"%s","goals":[{"title":"Brukarna är nöjda med hemtjänsten","councilGoalId":"%s",
                 "indicators":[{"name":"Andel brukare nöjda med hemtjänsten","unit":"procent","direction":"INCREASE",
                   "concernsPeople":true,"breakdowns":["GENDER","AGE_BAND"],
                   "targets":[{"year":2024,"value":88},{"year":2025,"value":90},{"year":2026,"value":92.5}],
                   "measureCode":"HOME_CARE_SATISFIED_USERS","aggregation":"WEIGHTED_AVERAGE"}]}]}"""
                .formatted(period, councilGoalId);
    }

    static String revision(long version, String goalId, String councilGoalId, String indicatorId, String title) {
        List<Object> targets = new ArrayList<>();
        targets.add(Map.of("year", 2025, "value", 91));
        targets.add(Map.of("year", 2026, "value", 93));
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("id", indicatorId);
        indicator.put("name", "Andel brukare nöjda med hemtjänsten");
        indicator.put("unit", "procent");
        indicator.put("direction", "INCREASE");
        indicator.put("concernsPeople", true);
        indicator.put("breakdowns", List.of("GENDER"));
        indicator.put("targets", targets);
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("id", goalId);
        goal.put("title", title);
        goal.put("councilGoalId", councilGoalId);
        goal.put("indicators", List.of(indicator));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("goals", List.of(goal));
        return JSON.writeValueAsString(body);
    }
}
