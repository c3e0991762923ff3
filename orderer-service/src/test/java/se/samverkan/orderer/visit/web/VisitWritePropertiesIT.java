package se.samverkan.orderer.visit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.BadInput;
import se.samverkan.defaults.testing.RunningService;
import se.samverkan.orderer.OrdererServiceApplication;

/**
 * Generated bad input against the visit, serious-complaint and provider-meeting write endpoints:
 * never a 5xx, every rejection a problem detail, and a rejected request stores or changes nothing.
 */
class VisitWritePropertiesIT {

    private static final String PROVIDER_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
    private static final String UNIT_ID = "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String boardId;
    private static String visitId;
    private static String meetingId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        mongo = service.mongo();
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        boardId = ApiClient.json(api.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}"))
                .get("id").asString();
        mongo.getCollection("providers").insertOne(new Document("_id", PROVIDER_ID).append("name", "Omsorg AB")
                .append("legalForm", "AKTIEBOLAG").append("organisationId", "provider-omsorg").append("version", 0L));
        mongo.getCollection("units").insertOne(new Document("_id", UNIT_ID).append("providerId", PROVIDER_ID)
                .append("name", "Hemtjänst Norr").append("serviceArea", "HOME_CARE").append("openedOn", "2026-01-01")
                .append("providerVersion", 1L));
        HttpResponse<String> drafted = api.post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Hemtjänst","route":"LOV","serviceArea":"HOME_CARE",
                 "startsOn":"2026-01-01","annualValueSek":1000000,"valueLevel":"LOW","impactLevel":"HIGH",
                 "rulebookReference":"Regelbok","requirements":[
                 {"category":"BASIC_QUALITY","text":"Kvalitet.","followUpMethod":"VISIT"},
                 {"category":"LABOUR_CONDITIONS","text":"Villkor.","followUpMethod":"DOCUMENT_REVIEW"},
                 {"category":"FOLLOW_UP_DUTY","text":"Statistik.","followUpMethod":"STATISTICS"},
                 {"category":"PUBLIC_INSIGHT_DUTY","text":"Insyn.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(boardId, PROVIDER_ID));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/agreements/" + ApiClient.json(drafted).get("id").asString() + "/sign")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> visit = api.post("/api/v1/visits", "{\"boardId\":\"" + boardId + "\",\"unitId\":\""
                + UNIT_ID + "\",\"kind\":\"ANNOUNCED\",\"plannedOn\":\"" + TODAY + "\",\"responsible\":\"von\"}");
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
        visitId = ApiClient.json(visit).get("id").asString();
        HttpResponse<String> meeting = api.post("/api/v1/provider-meetings", "{\"boardId\":\"" + boardId
                + "\",\"serviceArea\":\"HOME_CARE\",\"plannedOn\":\"" + TODAY + "\"}");
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        meetingId = ApiClient.json(meeting).get("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 100)
    void planningAVisitNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("visitBodies") String body) {
        createdOrNothingStored("/api/v1/visits", body, "visits");
    }

    @Property(tries = 100)
    void registeringASeriousComplaintNeverFailsWithA5xxAndARejectionStoresNothing(
            @ForAll("complaintBodies") String body) {
        createdOrNothingStored("/api/v1/serious-complaints", body, "visits");
    }

    @Property(tries = 100)
    void planningAMeetingNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("meetingBodies") String body) {
        createdOrNothingStored("/api/v1/provider-meetings", body, "provider_meetings");
    }

    @Property(tries = 100)
    void recordingAVisitNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("performedBodies") String body) {
        answeredOrNothingChanged("/api/v1/visits/" + visitId + "/performed", body, "visits", visitId);
    }

    @Property(tries = 100)
    void recordingAMeetingNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("heldBodies") String body) {
        answeredOrNothingChanged("/api/v1/provider-meetings/" + meetingId + "/held", body, "provider_meetings",
                meetingId);
    }

    private static void createdOrNothingStored(String path, String body, String collection) {
        long before = mongo.getCollection(collection).countDocuments();

        HttpResponse<String> response = api.post(path, body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection(collection).countDocuments()).as(body).isEqualTo(before);
        }
    }

    private static void answeredOrNothingChanged(String path, String body, String collection, String id) {
        Document before = mongo.getCollection(collection).find(new Document("_id", id)).first();

        HttpResponse<String> response = api.post(path, body);

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            Document after = mongo.getCollection(collection).find(new Document("_id", id)).first();
            assertThat(after).as(body).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> visitBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("boardId", Arbitraries.of(boardId, "no-board"));
        plausible.put("unitId", Arbitraries.of(UNIT_ID, "no-unit"));
        plausible.put("kind", Arbitraries.of("ANNOUNCED", "UNANNOUNCED", "DEEP_FOLLOW_UP", "PICNIC"));
        plausible.put("plannedOn", Arbitraries.of(TODAY, "2027-02-30", "i morgon"));
        plausible.put("responsible", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
        plausible.put("purpose", Arbitraries.strings().alpha().ofMaxLength(30));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> complaintBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("boardId", Arbitraries.of(boardId, "no-board"));
        plausible.put("unitId", Arbitraries.of(UNIT_ID, "no-unit"));
        plausible.put("receivedOn", Arbitraries.of(TODAY, "2999-01-01", "igår"));
        plausible.put("summary", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        plausible.put("plannedOn", Arbitraries.of(TODAY, "2999-01-01", "1999-01-01"));
        plausible.put("responsible", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> meetingBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("boardId", Arbitraries.of(boardId, "no-board"));
        plausible.put("serviceArea", Arbitraries.of("HOME_CARE", "LSS", "SPACE_TRAVEL"));
        plausible.put("plannedOn", Arbitraries.of(TODAY, "2027-13-01"));
        plausible.put("agenda", Arbitraries.strings().alpha().ofMaxLength(30));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> performedBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("performedOn", Arbitraries.of(TODAY, "2999-01-01", "nyss"));
        plausible.put("performedBy", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
        plausible.put("outcome", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> heldBodies() {
        Map<String, Arbitrary<?>> plausible = new LinkedHashMap<>();
        plausible.put("heldOn", Arbitraries.of(TODAY, "2999-01-01", "nyss"));
        plausible.put("participants", Arbitraries.of(List.of("Omsorg AB"), List.of("Omsorg AB", "Egenregin"),
                List.of()));
        plausible.put("notes", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        return BadInput.bodiesOf(BadInput.objectWith(plausible));
    }
}
