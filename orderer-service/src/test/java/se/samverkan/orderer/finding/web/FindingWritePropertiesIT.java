package se.samverkan.orderer.finding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
 * Generated bad input against every finding write endpoint: never a 5xx, every rejection a
 * problem detail, and a rejected request stores or changes nothing. An administrator calls
 * them, acting for both the board and the provider. When generated input happens to be good,
 * the finding moves on, so the next try gets a fresh finding in the stage the endpoint needs.
 */
class FindingWritePropertiesIT {

    private static final String PROVIDER_ID = "3b4c5d6e-7f80-4192-a3b4-c5d6e7f80912";

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String signedAgreementId;
    private static String draftAgreementId;
    private static String requirementId;
    private static final Map<String, String> FINDINGS = new LinkedHashMap<>();

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        mongo = service.mongo();
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        String boardId = ApiClient.json(api.post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}")).get("id").asString();
        // as the provider listener stores it
        mongo.getCollection("providers").insertOne(new Document("_id", PROVIDER_ID).append("name", "Omsorg AB")
                .append("legalForm", "AKTIEBOLAG").append("organisationId", "provider-omsorg").append("version", 0L));
        signedAgreementId = agreement(boardId);
        assertThat(api.post("/api/v1/agreements/" + signedAgreementId + "/sign").statusCode()).isEqualTo(200);
        draftAgreementId = agreement(boardId);
        requirementId = ApiClient.json(api.get("/api/v1/agreements/" + signedAgreementId)).get("requirements").get(0)
                .get("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 300)
    void registeringAFindingNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("findingBodies") String body) {
        long before = mongo.getCollection("findings").countDocuments();

        HttpResponse<String> response = api.post("/api/v1/findings", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("findings").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void submittingAnActionPlanNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("planBodies") String body) {
        actOn("AWAITING", id -> "/api/v1/findings/" + id + "/action-plans", body);
    }

    @Property(tries = 150)
    void decidingOnAPlanNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("decisionBodies") String body) {
        actOn("SUBMITTED", id -> "/api/v1/findings/" + id + "/plan-decisions", body);
    }

    @Property(tries = 150)
    void reportingAnActionNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("progressBodies") String body) {
        actOn("ACCEPTED", id -> "/api/v1/findings/" + id + "/actions/" + firstAction(id) + "/progress", body);
    }

    @Property(tries = 100)
    void recordingAFollowUpNoteNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("noteBodies") String body) {
        actOn("AWAITING", id -> "/api/v1/findings/" + id + "/follow-up-notes", body);
    }

    @Property(tries = 100)
    void closingNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("noteBodies") String body) {
        actOn("DONE", id -> "/api/v1/findings/" + id + "/close", body);
    }

    /** Posts the body to the finding kept for the stage; a taken request uses the finding up, a rejected one changes nothing. */
    private static void actOn(String stage, Function<String, String> path, String body) {
        String id = FINDINGS.computeIfAbsent(stage, FindingWritePropertiesIT::finding);
        Document before = stored(id);

        HttpResponse<String> response = api.post(path.apply(id), body);

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        if (response.statusCode() == 200) {
            FINDINGS.remove(stage);
        } else {
            Document after = stored(id);
            assertThat(after.get("version")).as(body).isEqualTo(before.get("version"));
            assertThat(after.get("status")).as(body).isEqualTo(before.get("status"));
            assertThat(after.get("plans")).as(body).isEqualTo(before.get("plans"));
            assertThat(after.get("notes")).as(body).isEqualTo(before.get("notes"));
        }
    }

    private static Document stored(String id) {
        return mongo.getCollection("findings").find(new Document("_id", id)).first();
    }

    @Provide
    Arbitrary<String> findingBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("agreementId", Arbitraries.of(signedAgreementId, signedAgreementId, draftAgreementId,
                "5d2c7b1a-0000-4a6d-b9c0-1e2f3a4b5c6d", "inte-ett-id"));
        plausible.put("requirementId", Arbitraries.of(requirementId, requirementId,
                "1c2d3e4f-0000-4c7d-8e9f-0a1b2c3d4e5f"));
        plausible.put("evidence", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40));
        plausible.put("evidenceSource", Arbitraries.of("VISIT", "USER_SURVEY", "COMPLAINT", "complaint", "RUMOUR"));
        plausible.put("observedOn", Arbitraries.of(inDays(-5), inDays(1), "2027-02-30", "igår"));
        plausible.put("severity", Arbitraries.of("LOW", "MEDIUM", "HIGH", "SERIOUS", "CATASTROPHIC"));
        plausible.put("planDueOn", Arbitraries.of(inDays(20), inDays(31), inDays(0), "2027-13-01"));
        plausible.put("goalImpact", Arbitraries.strings().alpha().ofMaxLength(30));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> planBodies() {
        Map<String, Arbitrary<String>> action = new LinkedHashMap<>();
        action.put("description", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        action.put("responsible", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20));
        action.put("dueOn", Arbitraries.of(inDays(30), inDays(-1), "2027-02-30"));
        action.put("expectedEffect", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        Arbitrary<String> analysis = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30).map(text -> "\"" + text + "\""),
                Arbitraries.of("\"\"", "null", "42", "[]"));
        return Arbitraries.oneOf(
                Combinators.combine(analysis, BadInput.bodies(action).list().ofMaxSize(3))
                        .as((text, actions) -> "{\"analysis\":" + text + ",\"actions\":[" + String.join(",", actions)
                                + "]}"),
                BadInput.bodies(Map.of("analysis", Arbitraries.strings().ofMaxLength(10),
                        "actions", Arbitraries.strings().ofMaxLength(10))));
    }

    @Provide
    Arbitrary<String> decisionBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("decision", Arbitraries.of("ACCEPTED", "REJECTED", "accepted", "MAYBE"));
        plausible.put("reason", Arbitraries.strings().alpha().ofMaxLength(30));
        plausible.put("planDueOn", Arbitraries.of(inDays(14), inDays(0), "2027-02-30"));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> progressBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("status", Arbitraries.of("DONE", "IN_PROGRESS", "PLANNED", "FORGOTTEN"));
        plausible.put("note", Arbitraries.strings().alpha().ofMaxLength(30));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> noteBodies() {
        return BadInput.bodies(Map.of("note", Arbitraries.strings().alpha().ofMaxLength(30)));
    }

    private static String agreement(String boardId) {
        HttpResponse<String> draft = api.post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Avtal","route":"LOV","serviceArea":"HOME_CARE",
                 "startsOn":"2026-01-01","annualValueSek":100,"valueLevel":"LOW","impactLevel":"LOW",
                 "rulebookReference":"Regelbok","requirements":[
                 {"category":"BASIC_QUALITY","text":"Kvalitet.","followUpMethod":"VISIT"},
                 {"category":"LABOUR_CONDITIONS","text":"Villkor.","followUpMethod":"DOCUMENT_REVIEW"},
                 {"category":"FOLLOW_UP_DUTY","text":"Statistik.","followUpMethod":"STATISTICS"},
                 {"category":"PUBLIC_INSIGHT_DUTY","text":"Insyn.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(boardId, PROVIDER_ID));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        return ApiClient.json(draft).get("id").asString();
    }

    /** A new finding on the signed agreement, brought to AWAITING, SUBMITTED, ACCEPTED or DONE (every action). */
    private static String finding(String stage) {
        HttpResponse<String> registered = api.post("/api/v1/findings", """
                {"agreementId":"%s","requirementId":"%s","evidence":"Iakttaget.","evidenceSource":"VISIT",
                 "observedOn":"%s","severity":"HIGH","planDueOn":"%s"}"""
                .formatted(signedAgreementId, requirementId, inDays(-1), inDays(20)));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = ApiClient.json(registered).get("id").asString();
        if (!stage.equals("AWAITING")) {
            assertThat(api.post("/api/v1/findings/" + id + "/action-plans", """
                    {"analysis":"Orsak.","actions":[{"description":"Åtgärd.","responsible":"Chef","dueOn":"%s",
                     "expectedEffect":"Effekt."}]}""".formatted(inDays(30))).statusCode()).isEqualTo(200);
        }
        if (stage.equals("ACCEPTED") || stage.equals("DONE")) {
            assertThat(api.post("/api/v1/findings/" + id + "/plan-decisions", "{\"decision\":\"ACCEPTED\"}")
                    .statusCode()).isEqualTo(200);
        }
        if (stage.equals("DONE")) {
            assertThat(api.post("/api/v1/findings/" + id + "/actions/" + firstAction(id) + "/progress",
                    "{\"status\":\"DONE\",\"note\":\"Klart.\"}").statusCode()).isEqualTo(200);
        }
        return id;
    }

    private static String firstAction(String findingId) {
        return ApiClient.json(api.get("/api/v1/findings/" + findingId)).get("plans").get(0).get("actions").get(0)
                .get("id").asString();
    }

    private static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }
}
