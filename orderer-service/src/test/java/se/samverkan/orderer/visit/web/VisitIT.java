package se.samverkan.orderer.visit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import se.samverkan.contracts.producer.ProviderSnapshotV1;
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.orderer.testing.KnownProviders;

/**
 * Coverage control through the API and the broker: the providers' units arrive from
 * producer-service's events; the board plans and records visits, registers a serious complaint
 * (which plans an unannounced visit), holds provider meetings, and reads its coverage view; the
 * provider sees the visits to its own units, never an unannounced one before it is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitIT {

    private static final String PROVIDER_ORG = "provider-omsorgsgruppen-norr";

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

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String boardId;
    private String providerId;

    @BeforeEach
    void setUp() {
        HttpResponse<String> board = administrator().post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}");
        assertThat(board.statusCode()).as(board.body()).isEqualTo(201);
        boardId = ApiClient.json(board).get("id").asString();
        providerId = KnownProviders.announce(rabbit, topology, mongo, "Omsorgsgruppen Norr AB", "AKTIEBOLAG",
                PROVIDER_ORG);
        HttpResponse<String> drafted = board().post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Hemtjänst","route":"LOV","serviceArea":"HOME_CARE",
                 "startsOn":"2026-01-01","annualValueSek":1000000,"valueLevel":"LOW","impactLevel":"HIGH",
                 "rulebookReference":"Förfrågningsunderlag hemtjänst","requirements":[
                 {"category":"BASIC_QUALITY","text":"Kvalitet.","followUpMethod":"VISIT"},
                 {"category":"LABOUR_CONDITIONS","text":"Villkor.","followUpMethod":"DOCUMENT_REVIEW"},
                 {"category":"FOLLOW_UP_DUTY","text":"Statistik.","followUpMethod":"STATISTICS"},
                 {"category":"PUBLIC_INSIGHT_DUTY","text":"Insyn.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(boardId, providerId));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        HttpResponse<String> signed = board().post("/api/v1/agreements/" + ApiClient.json(drafted).get("id").asString()
                + "/sign");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    }

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void unitsArriveOnceEachFromUnitOpenedAndSnapshotsAndALateOrRepeatedEventChangesNothing() {
        String unitId = UUID.randomUUID().toString();
        EventEnvelope<UnitOpenedV1> opened = KnownProviders.send(rabbit, topology, EventTypes.UNIT_OPENED_V1,
                new UnitOpenedV1(providerId, unitId, "Hemtjänst Norr", "HOME_CARE", "Vallby norra", "2026-01-01", 1));
        KnownProviders.send(rabbit, topology, opened);
        await().atMost(Duration.ofSeconds(10)).until(() -> unit(unitId) != null);

        String secondUnit = UUID.randomUUID().toString();
        KnownProviders.send(rabbit, topology, EventTypes.PROVIDER_SNAPSHOT_V1, new ProviderSnapshotV1(providerId,
                "Omsorgsgruppen Norr AB", "AKTIEBOLAG", null, PROVIDER_ORG, List.of(
                new ProviderSnapshotV1.UnitSnapshot(unitId, "Hemtjänst Norra Vallby", "HOME_CARE", "Vallby norra",
                        "2026-01-01", null),
                new ProviderSnapshotV1.UnitSnapshot(secondUnit, "Hemtjänst Syd", "HOME_CARE", null, "2026-02-01", null)), 3));
        await().atMost(Duration.ofSeconds(10)).until(() -> unit(secondUnit) != null
                && "Hemtjänst Norra Vallby".equals(unit(unitId).getString("name")));

        // a late unit.opened of an older provider version, redelivered under a new event id, changes nothing
        KnownProviders.send(rabbit, topology, EventTypes.UNIT_OPENED_V1,
                new UnitOpenedV1(providerId, unitId, "Hemtjänst Norr", "HOME_CARE", "Vallby norra", "2026-01-01", 1));
        // a unit of a provider not known yet is kept until the provider arrives
        String early = UUID.randomUUID().toString();
        KnownProviders.send(rabbit, topology, EventTypes.UNIT_OPENED_V1,
                new UnitOpenedV1(UUID.randomUUID().toString(), early, "Boende Öst", "RESIDENTIAL_CARE", null,
                        "2026-03-01", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> unit(early) != null);

        assertThat(unit(unitId).getString("name")).isEqualTo("Hemtjänst Norra Vallby");
        assertThat(unit(unitId).get("providerVersion", Number.class).longValue()).isEqualTo(3);
        assertThat(mongo.getCollection("units").countDocuments(new Document("providerId", providerId))).isEqualTo(2);
    }

    @Test
    void theBoardRecordsVisitsAndMeetingsAndItsCoverageViewShowsEachContractedUnitsStanding() {
        String visited = KnownProviders.openUnit(rabbit, topology, mongo, providerId, "Hemtjänst Norr", "HOME_CARE",
                today.withDayOfYear(1).toString());
        String notYet = KnownProviders.openUnit(rabbit, topology, mongo, providerId, "Hemtjänst Syd", "HOME_CARE",
                today.withDayOfYear(1).toString());
        String otherArea = KnownProviders.openUnit(rabbit, topology, mongo, providerId, "Daglig verksamhet Väst",
                "DAILY_ACTIVITY", today.withDayOfYear(1).toString());

        String visit = created(board().post("/api/v1/visits", plan(visited, "ANNOUNCED", today.toString())));
        HttpResponse<String> performed = board().post("/api/v1/visits/" + visit + "/performed",
                "{\"performedOn\":\"" + today + "\",\"performedBy\":\"von.handlaggare\",\"outcome\":\"Inga brister.\"}");
        assertThat(performed.statusCode()).as(performed.body()).isEqualTo(200);
        assertThat(ApiClient.json(performed).get("status").asString()).isEqualTo("PERFORMED");

        HttpResponse<String> notContracted = board().post("/api/v1/visits", plan(otherArea, "ANNOUNCED",
                today.toString()));
        assertThat(notContracted.statusCode()).as(notContracted.body()).isEqualTo(400);
        assertThat(notContracted.body()).contains("\"unitId\"", "contracted");

        String meeting = created(board().post("/api/v1/provider-meetings", "{\"boardId\":\"" + boardId
                + "\",\"serviceArea\":\"HOME_CARE\",\"plannedOn\":\"" + today + "\",\"agenda\":\"Ersättningsnivåer\"}"));
        HttpResponse<String> held = board().post("/api/v1/provider-meetings/" + meeting + "/held", "{\"heldOn\":\""
                + today + "\",\"participants\":[\"Omsorgsgruppen Norr AB\"],\"notes\":\"Genomgång av budgeten.\"}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);

        HttpResponse<String> coverage = board().get("/api/v1/boards/" + boardId + "/coverage?year=" + today.getYear()
                + "&sort=status,desc&size=1");
        assertThat(coverage.statusCode()).as(coverage.body()).isEqualTo(200);
        JsonNode view = ApiClient.json(coverage);
        assertThat(view.get("totalElements").asInt()).as("the unit of another service area is not the board's")
                .isEqualTo(2);
        JsonNode first = view.get("content").get(0);
        assertThat(first.get("unitId").asString()).isEqualTo(notYet);
        assertThat(first.get("status").asString()).isEqualTo("DUE");
        assertThat(first.get("visitDueBy").asString()).isEqualTo(today.getYear() + "-12-31");

        JsonNode second = ApiClient.json(board().get("/api/v1/boards/" + boardId + "/coverage?year=" + today.getYear()
                + "&sort=status,desc&size=1&page=1")).get("content").get(0);
        assertThat(second.get("unitId").asString()).isEqualTo(visited);
        assertThat(second.get("status").asString()).isEqualTo("OK");
        assertThat(second.get("lastVisitOn").asString()).isEqualTo(today.toString());
        assertThat(second.get("deepFollowUpDueBy").asString()).isEqualTo((today.getYear() + 2) + "-12-31");

        List<String> meetingRows = new ArrayList<>();
        view.get("providerMeetings").forEach(row -> meetingRows.add(row.get("serviceArea").asString() + " "
                + row.get("term").asString() + " " + row.get("status").asString()));
        String thisTerm = today.getYear() + (today.getMonthValue() <= 6 ? "-SPRING" : "-AUTUMN");
        assertThat(meetingRows).hasSize(2).contains("HOME_CARE " + thisTerm + " OK");

        assertThat(ApiClient.onPort(port).as(COUNCIL_ANALYST, "ks-klk")
                .get("/api/v1/boards/" + boardId + "/coverage").statusCode()).isEqualTo(200);
        assertThat(ApiClient.onPort(port).as(ORDERER_OFFICIAL, "board-kun")
                .get("/api/v1/boards/" + boardId + "/coverage").statusCode()).isEqualTo(404);
    }

    @Test
    void aSeriousComplaintPlansAnUnannouncedVisitThatTheProviderSeesOnlyOnceItIsMade() {
        String unit = KnownProviders.openUnit(rabbit, topology, mongo, providerId, "Hemtjänst Norr", "HOME_CARE",
                "2026-01-01");
        HttpResponse<String> complaint = board().post("/api/v1/serious-complaints", "{\"boardId\":\"" + boardId
                + "\",\"unitId\":\"" + unit + "\",\"receivedOn\":\"" + today + "\",\"summary\":\"Brukare utan insats"
                + " en hel helg.\",\"responsible\":\"von.handlaggare\"}");
        assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);
        JsonNode surprise = ApiClient.json(complaint);
        assertThat(surprise.get("kind").asString()).isEqualTo("UNANNOUNCED");
        assertThat(surprise.get("status").asString()).isEqualTo("PLANNED");
        assertThat(surprise.get("plannedOn").asString()).as("within the configured 14 days")
                .isEqualTo(today.plusDays(14).toString());
        assertThat(surprise.get("seriousComplaint").get("summary").asString()).contains("helg");
        String surpriseId = surprise.get("id").asString();

        String announced = created(board().post("/api/v1/visits", plan(unit, "ANNOUNCED", today.plusDays(30)
                .toString())));

        ApiClient provider = ApiClient.onPort(port).as(PROVIDER_USER, PROVIDER_ORG);
        assertThat(provider.get("/api/v1/visits/" + surpriseId).statusCode()).isEqualTo(404);
        assertThat(provider.get("/api/v1/visits/" + announced).statusCode()).isEqualTo(200);
        assertThat(ids(provider.get("/api/v1/visits"))).containsExactly(announced);
        assertThat(ids(board().get("/api/v1/visits?seriousComplaint=true"))).containsExactly(surpriseId);
        assertThat(ApiClient.onPort(port).as(PROVIDER_USER, "provider-annan").get("/api/v1/visits/" + announced)
                .statusCode()).isEqualTo(404);
        assertThat(ApiClient.onPort(port).as(ORDERER_OFFICIAL, "board-kun").get("/api/v1/visits/" + surpriseId)
                .statusCode()).isEqualTo(404);

        HttpResponse<String> made = board().post("/api/v1/visits/" + surpriseId + "/performed", "{\"performedOn\":\""
                + today + "\",\"performedBy\":\"von.handlaggare\",\"outcome\":\"Bemanningen brast; åtgärdsplan krävs.\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        HttpResponse<String> seenByProvider = provider.get("/api/v1/visits/" + surpriseId);
        assertThat(seenByProvider.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(seenByProvider).get("seriousComplaint").isNull())
                .as("the complaint itself stays with the board").isTrue();
        assertThat(ids(provider.get("/api/v1/visits"))).containsExactlyInAnyOrder(announced, surpriseId);
    }

    @Test
    void aBoardNamesItsServiceAreasAndTheirResponsibleOfficialsWhichTheCoverageViewShows() {
        String unit = KnownProviders.openUnit(rabbit, topology, mongo, providerId, "Hemtjänst Norr", "HOME_CARE",
                "2026-01-01");
        String areas = "{\"serviceAreas\":[{\"serviceArea\":\"HOME_CARE\",\"responsibleOfficial\":\"Anna Andersson\"},"
                + "{\"serviceArea\":\"LSS\",\"responsibleOfficial\":\"Bertil Berg\"}]}";
        assertThat(ApiClient.onPort(port).as(ORDERER_OFFICIAL, "board-kun")
                .send("PUT", "/api/v1/boards/" + boardId + "/service-areas", areas).statusCode()).isEqualTo(404);
        HttpResponse<String> assigned = board().send("PUT", "/api/v1/boards/" + boardId + "/service-areas", areas);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(ApiClient.json(administrator().get("/api/v1/boards/" + boardId)).get("serviceAreas").get(1)
                .get("responsibleOfficial").asString()).isEqualTo("Bertil Berg");

        JsonNode view = ApiClient.json(board().get("/api/v1/boards/" + boardId + "/coverage"));
        assertThat(view.get("content").get(0).get("unitId").asString()).isEqualTo(unit);
        assertThat(view.get("content").get(0).get("responsibleOfficial").asString()).isEqualTo("Anna Andersson");
        List<String> meetingAreas = new ArrayList<>();
        view.get("providerMeetings").forEach(row -> meetingAreas.add(row.get("serviceArea").asString() + " "
                + row.get("responsibleOfficial").asString()));
        assertThat(meetingAreas).as("an area the board answers for, even with no agreement in it yet")
                .containsExactly("HOME_CARE Anna Andersson", "HOME_CARE Anna Andersson", "LSS Bertil Berg",
                        "LSS Bertil Berg");
    }

    private String plan(String unitId, String kind, String on) {
        return "{\"boardId\":\"" + boardId + "\",\"unitId\":\"" + unitId + "\",\"kind\":\"" + kind
                + "\",\"plannedOn\":\"" + on + "\",\"responsible\":\"von.handlaggare\",\"purpose\":\"Årligt besök\"}";
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response).get("id").asString();
    }

    private static List<String> ids(HttpResponse<String> list) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        ApiClient.json(list).get("content").forEach(visit -> ids.add(visit.get("id").asString()));
        return ids;
    }

    private Document unit(String unitId) {
        return mongo.getCollection("units").find(new Document("_id", unitId)).first();
    }

    private ApiClient board() {
        return ApiClient.onPort(port).as(CONTRACT_MANAGER, "board-von");
    }

    private ApiClient administrator() {
        return ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk");
    }
}
