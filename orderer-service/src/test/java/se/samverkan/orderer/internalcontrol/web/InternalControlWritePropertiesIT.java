package se.samverkan.orderer.internalcontrol.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
 * Generated bad input against the internal-control write endpoints: never a 5xx, every rejection
 * a problem detail, and a rejected request stores or changes nothing.
 */
class InternalControlWritePropertiesIT {

    private static final String PLANS = "/api/v1/internal-control-plans";

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String boardId;
    private static String draftId;
    private static String riskId;
    private static String decidedId;
    private static String controlId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        mongo = service.mongo();
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        boardId = ApiClient.json(api.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\","
                + "\"shortName\":\"VON\"}")).get("id").asString();
        draftId = ApiClient.json(api.post(PLANS, "{\"boardId\":\"" + boardId + "\",\"year\":2027}")).get("id")
                .asString();
        riskId = ApiClient.json(api.post(PLANS + "/" + draftId + "/risks", """
                {"title":"Felaktiga utbetalningar","source":"AUDIT","probability":2,"consequence":2}"""))
                .get("risks").get(0).get("id").asString();
        decidedId = ApiClient.json(api.post(PLANS, "{\"boardId\":\"" + boardId + "\",\"year\":2026}")).get("id")
                .asString();
        String decidedRisk = ApiClient.json(api.post(PLANS + "/" + decidedId + "/risks", """
                {"title":"Sena beslut","source":"LAWS_AND_REGULATIONS","probability":4,"consequence":4}"""))
                .get("risks").get(0).get("id").asString();
        controlId = ApiClient.json(api.post(PLANS + "/" + decidedId + "/risks/" + decidedRisk + "/controls", """
                {"what":"Handläggningstider","method":"Uttag ur verksamhetssystemet","responsible":"Enhetschef",
                 "schedule":"Kvartalsvis"}""")).get("risks").get(0).get("controls").get(0).get("id").asString();
        HttpResponse<String> decided = api.post(PLANS + "/" + decidedId + "/decide", "{\"decidedOn\":\"2025-12-10\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 60)
    void startingNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("startBodies") String body) {
        long before = mongo.getCollection("internal_control_plans").countDocuments();

        HttpResponse<String> response = api.post(PLANS, body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("internal_control_plans").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void addingARiskOrControlNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("riskOrControlBodies") String body) {
        String path = body.contains("\"what\"") ? PLANS + "/" + draftId + "/risks/" + riskId + "/controls"
                : PLANS + "/" + draftId + "/risks";
        assertUnchangedUnlessAnswered(draftId, () -> api.post(path, body), body);
    }

    @Property(tries = 100)
    void recordingAResultNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("resultBodies") String body) {
        assertUnchangedUnlessAnswered(decidedId,
                () -> api.post(PLANS + "/" + decidedId + "/controls/" + controlId + "/results", body), body);
    }

    private static void assertUnchangedUnlessAnswered(String planId,
                                                      java.util.function.Supplier<HttpResponse<String>> call,
                                                      String body) {
        Document before = mongo.getCollection("internal_control_plans").find(new Document("_id", planId)).first();

        HttpResponse<String> response = call.get();

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            Document after = mongo.getCollection("internal_control_plans").find(new Document("_id", planId)).first();
            assertThat(after.get("version")).as(body).isEqualTo(before.get("version"));
        }
    }

    @Provide
    Arbitrary<String> startBodies() {
        Map<String, Arbitrary<?>> plausible = new LinkedHashMap<>();
        plausible.put("boardId", Arbitraries.of(boardId, "no-such-board"));
        plausible.put("year", Arbitraries.integers().between(1990, 2110));
        return BadInput.bodiesOf(BadInput.objectWith(plausible));
    }

    @Provide
    Arbitrary<String> riskOrControlBodies() {
        Map<String, Arbitrary<?>> risk = new LinkedHashMap<>();
        risk.put("title", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20));
        risk.put("source", Arbitraries.of("AUDIT", "GOALS_AND_VISION", "RUMOUR"));
        risk.put("probability", Arbitraries.integers().between(-1, 5));
        risk.put("consequence", Arbitraries.integers().between(-1, 5));
        Map<String, Arbitrary<String>> control = new LinkedHashMap<>();
        control.put("what", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20));
        control.put("method", Arbitraries.of("Stickprov", ""));
        control.put("responsible", Arbitraries.of("Controller", " "));
        control.put("schedule", Arbitraries.of("Mars", ""));
        return Arbitraries.oneOf(BadInput.bodiesOf(BadInput.objectWith(risk)), BadInput.bodies(control));
    }

    @Provide
    Arbitrary<String> resultBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("report", Arbitraries.of("INTERIM", "ANNUAL", "WEEKLY"));
        plausible.put("outcome", Arbitraries.of("NO_DEVIATION", "DEVIATION", "MAYBE"));
        plausible.put("action", Arbitraries.of("Rutinen skärps.", ""));
        plausible.put("recordedOn", Arbitraries.of("2026-08-31", "2026-02-30"));
        return BadInput.bodies(plausible);
    }
}
